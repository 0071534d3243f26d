using DuckDB.NET.Data;
using Npgsql;

namespace BelongingInsights.EndToEnd.Tests;

public sealed class WarehouseRowsTests(PostgresServer postgres)
{
    [Fact]
    public async Task An_api_upload_runs_as_a_hangfire_job_on_postgresql_and_lands_in_the_star_schema()
    {
        var hangfire = await postgres.CreateDatabaseAsync();
        await using var host = await DashboardHost.StartAsync(hangfire);

        var import = await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100301, "Star Schema High", 25), "star.csv"));
        await WaitForSucceededJobsAsync(hangfire, expected: 2);
        await host.StopAsync();

        Assert.Equal("succeeded", import.Status);
        Assert.Contains("Hangfire job storage: PostgreSQL", host.Output, StringComparison.Ordinal);
        await using var warehouse = new DuckDBConnection($"Data Source={Path.Combine(host.DataDirectory, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        warehouse.Open();
        Assert.Equal(25L, Scalar(warehouse, "select count(*) from fact_attendance f join dim_school s using (school_key) where s.urn = 100301"));
        Assert.Equal(25L, Scalar(warehouse, "select count(*) from dim_pupil"));
        Assert.Equal("Star Schema High", Scalar(warehouse, "select school_name from mart_attendance_school where urn = 100301 and counting_window = 'term'"));
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>The ingest job and its mart-refresh continuation, both run to Succeeded in PostgreSQL.</summary>
    private static async Task WaitForSucceededJobsAsync(string connectionString, int expected)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "select count(*) from hangfire.job where statename = 'Succeeded' and (invocationdata::text like '%IngestFileJob%' or invocationdata::text like '%RefreshMartsJob%')",
                connection);
            if ((long)(await command.ExecuteScalarAsync())! >= expected)
                return;
            Assert.True(DateTime.UtcNow < deadline, "The Hangfire jobs did not succeed within 60 s.");
            await Task.Delay(250);
        }
    }
}
