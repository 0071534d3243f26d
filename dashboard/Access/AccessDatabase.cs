using System.Data.Common;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Backups;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The user store's database: PostgreSQL (schema <c>accounts</c>) when <c>ConnectionStrings:Hangfire</c> is set, so
/// accounts outlive the container; otherwise an embedded DuckDB file, <c>access.duckdb</c> in the data directory,
/// owner-only and apart from the warehouse file that evaluators and snapshots read. The SQL in <c>Access/Sql</c> runs
/// on both, with positional <c>$1</c> parameters.
/// </summary>
public sealed class AccessDatabase : IDisposable
{
    /// <summary>The embedded store's file in the data directory.</summary>
    public const string DuckDbFile = "access.duckdb";

    private readonly string? _postgres;
    private readonly string _duckDbPath;
    private readonly Lock _gate = new();
    private DuckDBConnection? _keepAlive;

    public AccessDatabase(IConfiguration configuration, IOptions<WarehouseOptions> warehouse)
    {
        var connectionString = configuration.GetConnectionString(JobsServiceCollectionExtensions.ConnectionStringName);
        _postgres = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
        _duckDbPath = Path.GetFullPath(Path.Combine(warehouse.Value.DataDirectory, DuckDbFile));
    }

    /// <summary>Where the store lives, for the start-up log: never the connection string, which may hold a password.</summary>
    public string Description => _postgres is null ? _duckDbPath : "PostgreSQL, schema accounts";

    /// <summary>
    /// Copies the embedded store into <paramref name="folder"/> in one transaction, for a backup; false when the users are
    /// kept in PostgreSQL, whose own backup (<c>pg_dump</c>) covers them.
    /// </summary>
    public async Task<bool> CopyToAsync(string folder, CancellationToken cancellationToken)
    {
        if (_postgres is not null)
            return false;
        await using var connection = await OpenAsync(cancellationToken);
        DatabaseCopy.CopyTo((DuckDBConnection)connection, Path.Combine(folder, DuckDbFile));
        return true;
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => ExecuteAsync("schema.sql", cancellationToken);

    public async Task<int> ExecuteAsync(string script, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, script, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string script, Func<DbDataReader, T> map, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, script, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _keepAlive?.Dispose();
            _keepAlive = null;
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            var postgres = new NpgsqlConnection(_postgres);
            await postgres.OpenAsync(cancellationToken);
            return postgres;
        }
        // DuckDB.NET shares one native database per file while a connection to it is open: keeping one open makes
        // the per-request token look-ups cheap.
        lock (_gate)
        {
            if (_keepAlive is null)
            {
                OwnerOnly.CreateDirectory(Path.GetDirectoryName(_duckDbPath)!);
                var creating = !File.Exists(_duckDbPath);
                _keepAlive = ConnectDuckDb();
                if (creating)
                    OwnerOnly.Restrict(_duckDbPath);
            }
        }
        return ConnectDuckDb();
    }

    private DuckDBConnection ConnectDuckDb()
    {
        var connection = new DuckDBConnection($"Data Source={_duckDbPath}");
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string script, object?[] arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = AccessSql.Get(script);
        foreach (var argument in arguments)
        {
            var parameter = command.CreateParameter();
            parameter.Value = argument ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
