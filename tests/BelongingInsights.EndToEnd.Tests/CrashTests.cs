using System.Net;
using System.Net.Http.Json;
using DuckDB.NET.Data;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The dashboard killed (SIGKILL) at seeded random points while it takes a batch through the API and the inbox, then
/// restarted on the same data directory, ends with the same facts and marts as a clean single run: every import final,
/// no inbox file lost or loaded twice, no half-received file left. Three kills by default; BI_RELIABILITY_FULL=1 makes 20.
/// </summary>
public sealed class CrashTests
{
    private const int Seed = 27;
    private static readonly string[] Final = ["succeeded", "rejected", "failed"];

    [Fact]
    public async Task A_batch_killed_at_random_points_ends_like_a_clean_run()
    {
        var kills = Environment.GetEnvironmentVariable("BI_RELIABILITY_FULL") == "1" ? 20 : 3;

        var clean = await RunAsync(new Random(Seed), kills: 0);
        var crashed = await RunAsync(new Random(Seed), kills);

        Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), crashed.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in clean)
            Assert.True(rows.SequenceEqual(crashed[table]), $"{table} differs after {kills} kills: {rows.Count} rows in the clean run, {crashed[table].Count} after the kills.");
    }

    /// <summary>Takes the batch through a host killed <paramref name="kills"/> times, then returns every fact and mart table's rows.</summary>
    private static async Task<Dictionary<string, List<string>>> RunAsync(Random random, int kills)
    {
        await using var host = await DashboardHost.StartAsync(null);
        var inbox = Path.Combine(host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        for (var file = 0; file < 3; file++)
        {
            var staged = Path.Combine(host.DataDirectory, $"inbox-{file}.tmp");
            await File.WriteAllTextAsync(staged, AttendanceCsv.WithNames(100600 + file, $"Inbox School {file}", 300));
            File.Move(staged, Path.Combine(inbox, $"inbox-{file}.csv"));
        }
        var senders = Enumerable.Range(0, 6)
            .Select(file => SendUntilFinalAsync(host, AttendanceCsv.WithNames(100500 + file, $"Api School {file}", 300), $"api-{file}.csv"))
            .ToList();
        for (var kill = 0; kill < kills; kill++)
        {
            await Task.Delay(random.Next(100, 3000));
            await host.KillAsync();
            await host.RestartAsync();
        }
        var imports = await Task.WhenAll(senders);
        await WaitForInboxAsync(inbox);

        Assert.True(imports.All(status => status == "succeeded"), string.Join("\n", imports));
        var listed = await host.Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");
        Assert.All(listed!, import => Assert.Contains(import.Status, Final));
        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(inbox, "processed")).Count());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(host.DataDirectory, "uploads"), "*.partial"));
        Assert.Empty(Directory.EnumerateFiles(host.DataDirectory, "ASPNETCORE_*.tmp", SearchOption.AllDirectories));

        // A start refreshes the marts, so both runs are compared with their marts up to date.
        await host.StopAsync();
        await host.RestartAsync();
        await host.StopAsync();
        return Tables(host);
    }

    /// <summary>Sends a file until the server accepts it, then follows it to its outcome, across kills and restarts.</summary>
    private static async Task<string> SendUntilFinalAsync(DashboardHost host, string csv, string fileName)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        Uri? location = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (location is null)
                {
                    var response = await host.Client.PostAsync("/api/imports", Exports.Form(csv, fileName));
                    if (response.StatusCode == HttpStatusCode.Accepted)
                        location = response.Headers.Location;
                }
                else if (await host.Client.GetFromJsonAsync<ImportStatusResponse>(location) is { } import && Final.Contains(import.Status))
                {
                    return import.Status == "succeeded" ? import.Status : $"{import.Status}: {import.Message}";
                }
            }
            catch (HttpRequestException)
            {
                // Killed or restarting: a client tries again.
            }
            catch (TaskCanceledException)
            {
                // Killed while answering.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{fileName} did not reach an outcome within 5 minutes.");
    }

    private static async Task WaitForInboxAsync(string inbox)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (Directory.EnumerateFiles(inbox).Any() || !Directory.Exists(Path.Combine(inbox, "processed"))
            || Directory.EnumerateFiles(Path.Combine(inbox, "processed")).Count() < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "The inbox files were not all loaded and moved within 90 s.");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Every fact and mart table's rows as text, sorted, leaving out what differs between two runs of the same files:
    /// surrogate keys, import ids and times.
    /// </summary>
    private static Dictionary<string, List<string>> Tables(DashboardHost host)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(host.DataDirectory, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var columns = new Dictionary<string, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                select table_name, column_name
                from duckdb_columns()
                where (table_name like 'fact\_%' escape '\' or table_name like 'mart\_%' escape '\')
                    and column_name not like '%key' and column_name not like '%import_id' and column_name not like '%\_at' escape '\'
                order by table_name, column_index
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var list))
                    columns[table] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        var tables = new Dictionary<string, List<string>>();
        foreach (var (table, names) in columns)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select {string.Join(", ", names.Select(n => $"\"{n}\"::varchar"))} from \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetString(i))));
            rows.Sort(StringComparer.Ordinal);
            tables[table] = rows;
        }
        return tables;
    }
}
