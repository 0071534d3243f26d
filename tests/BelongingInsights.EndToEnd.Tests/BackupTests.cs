using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DuckDB.NET.Data;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// A backup taken over the API while the app runs, restored by starting the app on a copy of its folder somewhere
/// else: the same imports, the same figures, the same users, and pupils loaded afterwards link to those loaded before;
/// with users kept in PostgreSQL, restored into a fresh PostgreSQL database too.
/// </summary>
public sealed class BackupTests(PostgresServer postgres)
{
    /// <summary>No configured key: the app generates one in the data directory, which the backup must carry.</summary>
    private static readonly Dictionary<string, string> GeneratedKey = new() { ["Pseudonymisation__Key"] = "" };

    [Fact]
    public async Task A_backup_restored_into_a_fresh_data_directory_serves_the_same_imports_figures_and_users()
    {
        Served served;
        string restoredFolder;
        AccessClient.TestUser lead;
        ImportStatusResponse autumn;
        await using (var original = await DashboardHost.StartAsync(null, settings: GeneratedKey))
        {
            autumn = await original.Client.PostAndWaitAsync(Exports.Form(WithOneWrongCheckLetter(AttendanceCsv.WithNames(100501, "Backup Primary", 20)), "autumn.csv"));
            Assert.Equal((19, 1), (autumn.RowsLoaded, autumn.RowsQuarantined));
            var other = await original.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100502, "Restore Academy", 15), "other.csv"));
            await original.Client.WaitForMartsAsync(other.Id);
            lead = await original.CreateUserAsync("programme-lead");
            served = await ServedAsync(original);
            restoredFolder = await BackUpAndCopyAsync(original);
        }

        await using var restored = await DashboardHost.StartAsync(null, settings: GeneratedKey, dataDirectory: restoredFolder);
        Assert.Equal(served, await ServedAsync(restored));
        Assert.True((await restored.SignInAsync(lead.Email, lead.Password)).Succeeded, "The programme lead could not sign in after the restore.");

        var reprocessed = await restored.Client.PostAsync($"/api/imports/{autumn.Id}/reprocess", null);
        Assert.True(reprocessed.StatusCode == HttpStatusCode.Accepted, await reprocessed.Content.ReadAsStringAsync());
        var again = await restored.Client.WaitForOutcomeAsync(reprocessed.Headers.Location!);
        Assert.Equal((autumn.Status, autumn.RowsLoaded, autumn.RowsQuarantined), (again.Status, again.RowsLoaded, again.RowsQuarantined));
        var spring = AttendanceCsv.WithNames(100501, "Backup Primary", 20).Replace("02/09/2024,20/12/2024", "06/01/2025,04/04/2025", StringComparison.Ordinal);
        Assert.Equal("succeeded", (await restored.Client.PostAndWaitAsync(Exports.Form(spring, "spring.csv"))).Status);
        await restored.StopAsync();

        using var warehouse = new DuckDBConnection($"Data Source={Path.Combine(restoredFolder, "warehouse.duckdb")}");
        warehouse.Open();
        using var pupils = warehouse.CreateCommand();
        pupils.CommandText = "select count(*), count(distinct pupil_key) from fact_attendance f join dim_school s using (school_key) where s.urn = 100501";
        using var reader = pupils.ExecuteReader();
        reader.Read();
        Assert.Equal((39L, 20L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public async Task A_backup_of_users_kept_in_PostgreSQL_restored_with_a_fresh_PostgreSQL_database_serves_the_same_figures_users_tokens_and_audit_log()
    {
        Served served;
        string restoredFolder, audit, savedQuery;
        AccessClient.TestUser evaluator;
        AccessClient.CreatedToken token;
        await using (var original = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync(), settings: GeneratedKey))
        {
            var autumn = await original.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100503, "Postgres Primary", 15), "autumn.csv"));
            await original.Client.WaitForMartsAsync(autumn.Id);
            evaluator = await original.CreateUserAsync("evaluator");
            token = await original.CreateTokenAsync(evaluator.Id);
            using (var asEvaluator = original.ClientWithToken(token.Token))
            {
                var saved = await asEvaluator.PostAsJsonAsync("/api/sql/saved", new { title = "Schools", sql = "select count(*) from dim_school" });
                Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
                savedQuery = saved.Headers.Location!.ToString();
            }
            served = await ServedAsync(original);
            audit = await original.Client.GetStringAsync("/api/audit?limit=1000");
            restoredFolder = await BackUpAndCopyAsync(original);
        }

        await using var restored = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync(), settings: GeneratedKey, dataDirectory: restoredFolder);
        Assert.Equal(audit, await restored.Client.GetStringAsync("/api/audit?limit=1000"));
        Assert.Equal(served, await ServedAsync(restored));
        Assert.True((await restored.SignInAsync(evaluator.Email, evaluator.Password)).Succeeded, "The evaluator could not sign in after the restore.");
        using var restoredEvaluator = restored.ClientWithToken(token.Token);
        Assert.Equal(HttpStatusCode.OK, (await restoredEvaluator.GetAsync(savedQuery)).StatusCode);
        Assert.False(File.Exists(Path.Combine(restoredFolder, "access.duckdb")), "The restored accounts would be loaded again into an empty PostgreSQL.");
    }

    /// <summary>What the restored app must serve as the original did: the import list and a chart's figures.</summary>
    private sealed record Served(string Imports, string Chart);

    private static async Task<Served> ServedAsync(DashboardHost host) =>
        new(await host.Client.GetStringAsync("/api/imports"), await host.Client.GetStringAsync("/api/charts/attendance-by-term.csv"));

    /// <summary>Takes a backup over the API, which must list it and hold the users, and copies its folder to a new one.</summary>
    private static async Task<string> BackUpAndCopyAsync(DashboardHost host)
    {
        var taken = await host.Client.PostAsync("/api/backups", null);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var backup = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(backup.GetProperty("usersIncluded").GetBoolean());
        var listed = await host.Client.GetFromJsonAsync<JsonElement[]>("/api/backups");
        Assert.Equal(backup.GetProperty("name").GetString(), Assert.Single(listed!).GetProperty("name").GetString());
        var folder = Directory.CreateTempSubdirectory("bi-restored-").FullName;
        await Commands.RunAsync("cp", "-a", backup.GetProperty("folder").GetString() + "/.", folder);
        return folder;
    }

    /// <summary>The export with its first pupil's UPN made invalid, so the import holds that row back and may be run again.</summary>
    private static string WithOneWrongCheckLetter(string csv)
    {
        var lines = csv.Split('\n');
        lines[1] = (lines[1][0] == 'A' ? "B" : "A") + lines[1][1..];
        return string.Join('\n', lines);
    }
}
