using System.Net;
using Npgsql;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The job storage's PostgreSQL database refuses every connection for a while in the middle of a batch: pages keep
/// serving a signed-in user, an upload sent meanwhile is kept and queued, and once the database is back every import
/// finishes, each file loaded once. 10 s by default; BI_RELIABILITY_FULL=1 makes the outage 60 s.
/// </summary>
public sealed class PostgresOutageTests(PostgresServer postgres)
{
    private const int School = 103000;

    [Fact]
    public async Task During_an_outage_pages_serve_uploads_are_kept_and_afterwards_every_import_finishes_once()
    {
        var outage = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("BI_RELIABILITY_FULL") == "1" ? 60 : 10);
        var hangfire = await postgres.CreateDatabaseAsync();
        await using var host = await DashboardHost.StartAsync(hangfire);
        var before = await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(School, "Outage Primary", 20), "before.csv"));
        Assert.Equal("succeeded", before.Status);
        var lead = await host.CreateUserAsync("programme-lead");
        var reader = await host.SignInAsync(lead.Email, lead.Password);
        Assert.True(reader.Succeeded);

        var database = new NpgsqlConnectionStringBuilder(hangfire).Database!;
        await AdminAsync($"alter database {database} allow_connections false");
        await AdminAsync($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}'");
        var started = DateTime.UtcNow;
        Uri during;
        try
        {
            var sent = await host.Client.PostAsync("/api/imports", Exports.Form(AttendanceCsv.WithNames(School + 1, "During Academy", 15), "during.csv"));
            Assert.True(sent.StatusCode == HttpStatusCode.Accepted, $"{(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
            during = sent.Headers.Location!;
            foreach (var page in new[] { "/", "/groups", "/attendance", $"/schools/{School}" })
            {
                var response = await reader.Client.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode} during the outage.");
            }
            var remaining = outage - (DateTime.UtcNow - started);
            if (remaining > TimeSpan.Zero)
                await Task.Delay(remaining);
        }
        finally
        {
            await AdminAsync($"alter database {database} allow_connections true");
        }

        var after = await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(School + 2, "After School", 10), "after.csv"));
        var duringOutcome = await host.Client.WaitForOutcomeAsync(during, TimeSpan.FromSeconds(90));
        Assert.Equal(("succeeded", "succeeded"), (duringOutcome.Status, after.Status));
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(host);
        Assert.Equal(
            ["103000 20", "103001 15", "103002 10"],
            warehouse.Rows("select s.urn, count(*) from fact_attendance f join dim_school s using (school_key) group by all order by 1")
                .Select(row => $"{row[0]} {row[1]}"));
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
