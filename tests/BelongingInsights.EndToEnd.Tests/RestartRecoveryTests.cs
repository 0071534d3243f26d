using System.Net.Http.Json;
using DuckDB.NET.Data;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>What a stopped or killed dashboard left unfinished is taken up again within seconds of its next start.</summary>
public sealed class RestartRecoveryTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Imports_left_queued_or_running_finish_after_a_restart_and_half_received_files_are_deleted(bool onPostgres)
    {
        await using var host = await DashboardHost.StartAsync(onPostgres ? await postgres.CreateDatabaseAsync() : null);
        var loaded = await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100401, "Restart Primary", 20), "restart.csv"));
        var queued = await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100402, "Queued Primary", 15), "queued.csv"));
        await host.StopAsync();
        Execute(host, $"update ops_import set status = 'running', finished_at = null where import_id = '{loaded.Id}'");
        Execute(host, $"delete from fact_attendance where import_id = '{queued.Id}'");
        Execute(host, $"update ops_import set status = 'queued', finished_at = null, started_at = null where import_id = '{queued.Id}'");
        var partial = Path.Combine(host.DataDirectory, "uploads", "0123456789abcdef.partial");
        var buffer = Path.Combine(host.DataDirectory, "tmp", "ASPNETCORE_0123456789.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(buffer)!);
        await File.WriteAllTextAsync(partial, "UPN,half an upload");
        await File.WriteAllTextAsync(buffer, "half a request body");

        await host.RestartAsync();

        // Seconds on a quiet machine; a minute allows for the whole suite's hosts starting at once.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var id in new[] { loaded.Id, queued.Id })
        {
            while ((await host.Client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{id}"))!.Status != "succeeded")
            {
                Assert.True(DateTime.UtcNow < deadline, $"Import {id} was not taken up within 60 s of the restart.");
                await Task.Delay(200);
            }
        }
        Assert.False(File.Exists(partial), "A half-received upload was left after the restart.");
        Assert.False(File.Exists(buffer), "A request-body buffer was left after the restart.");
        await host.StopAsync();
        Assert.Equal(20L, Scalar(host, "select count(*) from fact_attendance f join dim_school s using (school_key) where s.urn = 100401"));
        Assert.Equal(15L, Scalar(host, "select count(*) from fact_attendance f join dim_school s using (school_key) where s.urn = 100402"));
    }

    private static void Execute(DashboardHost host, string sql)
    {
        using var connection = Open(host);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DashboardHost host, string sql)
    {
        using var connection = Open(host);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static DuckDBConnection Open(DashboardHost host)
    {
        var connection = new DuckDBConnection($"Data Source={Path.Combine(host.DataDirectory, "warehouse.duckdb")}");
        connection.Open();
        return connection;
    }
}
