using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Uploads sent at the same moment (different files and one file five times) while signed-in users of each role fetch
/// the dashboard's pages without pause, on a host with PostgreSQL job storage: every upload is taken, every import
/// ends final, each different file's rows are in the warehouse once, the four repeats are recorded as duplicates of the
/// one that loaded, and no page answers with anything but 200. The pages' p50 and p95 are written to the test output,
/// not asserted: the machine's load decides them. By default one file of each of four kinds and the repeated one (9
/// uploads) with 5 users for 15 s; BI_RELIABILITY_FULL=1 makes fifteen files and the repeated one (20 uploads) with 50
/// users for 2 minutes.
/// </summary>
public sealed class ConcurrencyTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const int Seed = 27;
    private const int School = 102000;

    /// <summary>A file to send, the fact table its rows load into and how many rows it puts there.</summary>
    private sealed record Upload(string FileName, string Csv, string Table, int FactRows, string? Wave = null)
    {
        public MultipartFormDataContent Form() => Wave is null ? Exports.Form(Csv, FileName) : Exports.Form(Csv, FileName, ("wave", Wave));
    }

    private sealed record Reader(string Role, HttpClient Client, string[] Pages);

    [Fact]
    public async Task Simultaneous_uploads_load_each_file_once_while_users_of_every_role_read_pages_without_errors()
    {
        var full = Environment.GetEnvironmentVariable("BI_RELIABILITY_FULL") == "1";
        var (users, duration) = full ? (50, TimeSpan.FromMinutes(2)) : (5, TimeSpan.FromSeconds(15));
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync());
        // The school every reader's school page shows, loaded first so that page exists throughout.
        var baseline = new Upload("baseline.csv", AttendanceCsv.WithNames(School, "Concurrency Academy", 30), "fact_attendance", 30);
        var baselineImport = await host.Client.PostAndWaitAsync(baseline.Form());
        Assert.Equal("succeeded", baselineImport.Status);
        var readers = await SignInAsync(host, users);
        var repeated = new Upload("repeated.csv", AttendanceCsv.WithNames(School + 99, "Repeated Primary", 40), "fact_attendance", 40);
        var distinct = full ? DistinctFiles() : [.. DistinctFiles().GroupBy(upload => upload.Table).Select(kind => kind.First())];
        var random = new Random(Seed);
        var sends = distinct.Concat(Enumerable.Repeat(repeated, 5)).OrderBy(_ => random.Next()).ToList();

        var latencies = new ConcurrentQueue<(string Page, double Milliseconds)>();
        var errors = new ConcurrentQueue<string>();
        var importsFinal = new TaskCompletionSource();
        var clock = Stopwatch.StartNew();
        var browsing = readers.Select(reader => Task.Run(() => BrowseAsync(reader, () => importsFinal.Task.IsCompleted && clock.Elapsed >= duration, latencies, errors))).ToList();
        List<ImportStatusResponse> outcomes;
        try
        {
            var responses = await Task.WhenAll(sends.Select(upload => host.Client.PostAsync("/api/imports", upload.Form())));
            foreach (var (response, upload) in responses.Zip(sends))
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{upload.FileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            outcomes = [.. await Task.WhenAll(responses.Select(response => host.Client.WaitForOutcomeAsync(response.Headers.Location!, TimeSpan.FromMinutes(5))))];
        }
        finally
        {
            importsFinal.SetResult();
        }
        var allFinal = clock.Elapsed;
        await Task.WhenAll(browsing);
        Report(users, sends.Count, clock.Elapsed, allFinal, latencies);

        Assert.True(errors.IsEmpty, $"{errors.Count} page requests failed:\n{string.Join('\n', errors.Take(20))}");
        var bySend = sends.Zip(outcomes).ToList();
        Assert.All(bySend, pair => Assert.True(pair.Second.Status == "succeeded", $"{pair.First.FileName}: {pair.Second.Status}, {pair.Second.Message}"));
        var copies = bySend.Where(pair => pair.First == repeated).Select(pair => pair.Second).ToList();
        var loaded = Assert.Single(copies, import => import.DuplicateOf is null);
        Assert.All(copies.Where(import => import != loaded), import => Assert.Equal((loaded.Id, 0), (import.DuplicateOf!.Value, import.RowsLoaded)));

        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(host);
        var expected = bySend.Where(pair => pair.Second.DuplicateOf is null).Select(pair => (Upload: pair.First, pair.Second.Id))
            .Append((Upload: baseline, baselineImport.Id))
            .ToList();
        foreach (var table in expected.Select(e => e.Upload.Table).Distinct())
        {
            var counted = warehouse.Rows($"select import_id::varchar, count(*) from {table} group by all")
                .ToDictionary(row => Guid.Parse(row[0]), row => int.Parse(row[1], CultureInfo.InvariantCulture));
            var wanted = expected.Where(e => e.Upload.Table == table).ToDictionary(e => e.Id, e => e.Upload.FactRows);
            Assert.Equal(wanted.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
        }
    }

    /// <summary>Fifteen different files of four kinds for eight schools, none replacing another.</summary>
    private static List<Upload> DistinctFiles()
    {
        var files = new List<Upload>();
        for (var school = 1; school <= 8; school++)
            files.Add(new($"attendance-{school}.csv", AttendanceCsv.WithNames(School + school, $"Concurrency School {school}", 20 + school), "fact_attendance", 20 + school));
        for (var school = 1; school <= 3; school++)
        {
            var incidents = Enumerable.Range(1, 4 + school).Select(pupil => (pupil, "09/09/2024", "Disruption")).ToArray();
            files.Add(new($"behaviour-{school}.csv", IncidentCsv.Behaviour(School + school, incidents), "fact_behaviour_incident", incidents.Length));
        }
        for (var school = 4; school <= 5; school++)
        {
            var suspensions = Enumerable.Range(1, school).Select(pupil => (pupil, "16/09/2024", "FIXD", "2", "DB")).ToArray();
            files.Add(new($"suspensions-{school}.csv", IncidentCsv.Suspensions(School + school, suspensions), "fact_exclusion", suspensions.Length));
        }
        for (var school = 6; school <= 7; school++)
        {
            var respondents = Enumerable.Range(1, school).Select(pupil => new SurveyCsv.Respondent(pupil, 4, 3, 2, 2, 1, 4)).ToArray();
            files.Add(new($"survey-{school}.csv", SurveyCsv.For("pisa-belonging", School + school, respondents), "fact_survey_answer", respondents.Length * 6, Wave: "baseline"));
        }
        return files;
    }

    /// <summary>
    /// One signed-in client per simulated user, their roles in turn: an administrator, a programme lead, an evaluator
    /// and the baseline school's own user; the imports page only for the roles that may see it.
    /// </summary>
    private static async Task<List<Reader>> SignInAsync(DashboardHost host, int users)
    {
        string[] charts = ["/", "/groups", "/belonging", "/attendance", $"/schools/{School}"];
        var accounts = new List<(string Role, string Email, string Password, string[] Pages)>
        {
            ("administrator", host.AdminEmail, host.AdminPassword, [.. charts, "/imports"]),
        };
        foreach (var role in new[] { "programme-lead", "evaluator" })
        {
            var user = await host.CreateUserAsync(role);
            accounts.Add((role, user.Email, user.Password, charts));
        }
        var school = await host.CreateUserAsync("school", schools: [School]);
        accounts.Add(("school", school.Email, school.Password, [.. charts, "/imports"]));
        var readers = new List<Reader>();
        for (var user = 0; user < users; user++)
        {
            var (role, email, password, pages) = accounts[user % accounts.Count];
            var signIn = await host.SignInAsync(email, password);
            Assert.True(signIn.Succeeded, $"{role} could not sign in: {(int)signIn.Response.StatusCode}");
            readers.Add(new Reader(role, signIn.Client, pages));
        }
        return readers;
    }

    /// <summary>Fetches the reader's pages in turn until <paramref name="done"/>, timing each; anything but 200 is an error.</summary>
    private static async Task BrowseAsync(
        Reader reader, Func<bool> done, ConcurrentQueue<(string Page, double Milliseconds)> latencies, ConcurrentQueue<string> errors)
    {
        using var client = reader.Client;
        for (var visit = 0; !done(); visit++)
        {
            var page = reader.Pages[visit % reader.Pages.Length];
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(page);
                await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                    errors.Enqueue($"{reader.Role} {page}: {(int)response.StatusCode}");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                errors.Enqueue($"{reader.Role} {page}: {exception.GetType().Name} {exception.Message}");
            }
            latencies.Enqueue((page, watch.Elapsed.TotalMilliseconds));
        }
    }

    private void Report(int users, int uploads, TimeSpan elapsed, TimeSpan allFinal, IReadOnlyCollection<(string Page, double Milliseconds)> latencies)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{users} users for {elapsed.TotalSeconds:0} s, {uploads} uploads all final after {allFinal.TotalSeconds:0.0} s: {latencies.Count} page requests ({latencies.Count / elapsed.TotalSeconds:0.0} a second)"));
        output.WriteLine("| page | requests | p50 ms | p95 ms |");
        output.WriteLine("| --- | --- | --- | --- |");
        foreach (var page in latencies.GroupBy(l => l.Page).OrderBy(g => g.Key, StringComparer.Ordinal).Append(latencies.GroupBy(_ => "all pages").Single()))
        {
            var sorted = page.Select(l => l.Milliseconds).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Key} | {sorted.Count} | {Percentile(sorted, 0.50):0} | {Percentile(sorted, 0.95):0} |"));
        }
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
