using System.Net;
using System.Text.Json;
using Npgsql;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>/healthz reports the warehouse, the job storage, the disk and the marts, and degrades rather than fails when PostgreSQL is away.</summary>
public sealed class HealthTests(PostgresServer postgres)
{
    [Fact]
    public async Task Health_reports_each_component_and_degrades_with_pages_still_serving_while_postgresql_is_away()
    {
        var hangfire = await postgres.CreateDatabaseAsync();
        await using var host = await DashboardHost.StartAsync(hangfire);

        var healthy = await HealthAsync(host);
        Assert.Equal("healthy", healthy.GetProperty("status").GetString());
        foreach (var component in new[] { "warehouse", "jobStorage", "disk", "marts" })
            Assert.Equal("healthy", healthy.GetProperty("components").GetProperty(component).GetProperty("status").GetString());

        var database = new NpgsqlConnectionStringBuilder(hangfire).Database!;
        await AdminAsync($"alter database {database} allow_connections false");
        await AdminAsync($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}'");
        try
        {
            var degraded = await HealthAsync(host);
            Assert.Equal("degraded", degraded.GetProperty("status").GetString());
            Assert.Equal("degraded", degraded.GetProperty("components").GetProperty("jobStorage").GetProperty("status").GetString());
            Assert.Equal("healthy", degraded.GetProperty("components").GetProperty("warehouse").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/login")).StatusCode);
        }
        finally
        {
            await AdminAsync($"alter database {database} allow_connections true");
        }
    }

    private static async Task<JsonElement> HealthAsync(DashboardHost host)
    {
        var response = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
