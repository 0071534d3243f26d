using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// One PostgreSQL server for the whole test run: a Testcontainers container where a Docker engine answers,
/// otherwise a throwaway local cluster. Each host under test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private PostgreSqlContainer? _container;
    private LocalPostgresCluster? _cluster;

    public string AdminConnectionString { get; private set; } = "";

    public string Kind => _container is null ? "local cluster" : "Testcontainers";

    public async ValueTask InitializeAsync()
    {
        try
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            _container = container;
            AdminConnectionString = container.GetConnectionString();
        }
        catch (DockerUnavailableException)
        {
            _cluster = await LocalPostgresCluster.StartAsync();
            AdminConnectionString = _cluster.ConnectionString;
        }
    }

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"bi_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}
