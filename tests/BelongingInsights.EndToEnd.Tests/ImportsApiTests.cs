using System.Net;
using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

public sealed class ImportsApiTests(PostgresHostFixture fixture) : IClassFixture<PostgresHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Posting_an_export_answers_202_with_the_import_location_and_it_succeeds()
    {
        var response = await Client.PostAsync("/api/imports", Exports.Form(AttendanceCsv.WithNames(100201, "Api Primary", 20), "api.csv"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal($"/api/imports/{body!["id"]}", response.Headers.Location!.ToString());
        var import = await Client.WaitForOutcomeAsync(response.Headers.Location);
        Assert.Equal(("succeeded", "attendance-summary", 20, 20, 0), (import.Status, import.Kind, import.RowsRead, import.RowsLoaded, import.RowsQuarantined));
        Assert.Empty(import.Problems);
    }

    [Fact]
    public async Task The_list_names_each_imports_schools_and_period_and_narrows_by_status_and_period()
    {
        var loaded = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100211, "Listed Primary", 12), "listed.csv"));
        var refused = await Client.PostAndWaitAsync(Exports.Form("Nothing,This,Reader,Knows\n1,2,3,4\n", "refused.csv"));

        var autumn = await Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports?status=succeeded&period=2024%2F25%20autumn");
        var rejected = await Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports?status=rejected");
        var summer = await Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports?period=2025%2F26%20summer");
        var badPeriod = await Client.GetAsync("/api/imports?period=next%20week");

        var listed = Assert.Single(autumn!, i => i.Id == loaded.Id);
        Assert.Equal(["Listed Primary"], listed.Schools);
        Assert.Equal("Autumn term 2024/25", listed.Period);
        Assert.Equal(["Listed Primary"], loaded.Schools);
        Assert.Equal("Autumn term 2024/25", loaded.Period);
        Assert.Contains(rejected!, i => i.Id == refused.Id);
        Assert.DoesNotContain(rejected!, i => i.Id == loaded.Id);
        Assert.DoesNotContain(summer!, i => i.Id == loaded.Id);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("'period' takes", await badPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_too_many_bad_rows_is_rejected_with_each_problem_by_row_and_column()
    {
        var lines = AttendanceCsv.WithNames(100202, "Bad Rows School", 10).Split('\n');
        lines[4] = lines[4].Replace("02/09/2024", "32/09/2024", StringComparison.Ordinal);

        var import = await Client.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), "bad-rows.csv"));

        Assert.Equal(("rejected", 10, 0, 1), (import.Status, import.RowsRead, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(import.Problems, p => p.Severity == "error");
        Assert.Equal(("bad-rows.csv", 5, "Start date", "32/09/2024"), (problem.File, problem.Row, problem.Column, problem.Value));
    }

    [Fact]
    public async Task A_school_chosen_at_upload_fills_a_file_without_a_urn_column()
    {
        var csv = string.Join('\n', AttendanceCsv.WithNames(100203, "Ignored", 12).Split('\n')
            .Select(line => line.Split(',') is { Length: > 2 } cells ? string.Join(',', cells.Where((_, i) => i != 1)) : line));

        var import = await Client.PostAndWaitAsync(Exports.Form(csv, "no-urn.csv", ("kind", "attendance-summary"), ("school", "100203")));

        Assert.Equal(("succeeded", 12), (import.Status, import.RowsLoaded));
    }

    [Theory]
    [InlineData("kind", "timetable", "'timetable' is not an export kind")]
    [InlineData("school", "12", "6-digit URN")]
    public async Task An_upload_with_a_bad_field_is_refused_with_400_and_a_reason(string field, string value, string reason)
    {
        var response = await Client.PostAsync("/api/imports", Exports.Form("UPN\n", "x.csv", (field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_400_saying_it_is_empty()
    {
        var response = await Client.PostAsync("/api/imports", Exports.Form("", "autumn.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'autumn.csv' is empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_import_can_be_run_again_and_a_clean_one_cannot()
    {
        var rejected = await Client.PostAndWaitAsync(Exports.Form("UPN,Possible sessions\n", "header-only.csv"));
        var clean = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100205, "Clean School", 10), "clean.csv"));

        var again = await Client.PostAsync($"/api/imports/{rejected.Id}/reprocess", null);
        var refused = await Client.PostAsync($"/api/imports/{clean.Id}/reprocess", null);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("rejected", (await Client.WaitForOutcomeAsync(again.Headers.Location!)).Status);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task Running_an_import_again_after_a_corrected_file_replaced_its_rows_is_refused_naming_the_later_import()
    {
        var lines = AttendanceCsv.WithNames(100206, "Corrected School", 20).Split('\n');
        lines[4] = lines[4].Replace("02/09/2024", "32/09/2024", StringComparison.Ordinal);
        var first = await Client.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), "first.csv"));
        var corrected = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100206, "Corrected School", 20), "corrected.csv"));

        var refused = await Client.PostAsync($"/api/imports/{first.Id}/reprocess", null);

        Assert.Equal(("succeeded", 19, 1), (first.Status, first.RowsLoaded, first.RowsQuarantined));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(corrected.Id.ToString(), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_requests_to_run_an_import_again_share_one_run()
    {
        var lines = AttendanceCsv.WithNames(100207, "Repeated School", 20).Split('\n');
        lines[4] = lines[4].Replace("02/09/2024", "32/09/2024", StringComparison.Ordinal);
        var held = await Client.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), "held.csv"));
        // A large file ahead in the queue keeps the single warehouse worker busy while the requests arrive.
        var busy = await Client.PostAsync("/api/imports", Exports.Form(AttendanceCsv.For(100208, 40000), "busy.csv"));

        var responses = new List<HttpResponseMessage>();
        for (var request = 0; request < 50; request++)
            responses.Add(await Client.PostAsync($"/api/imports/{held.Id}/reprocess", null));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var runs = responses.Select(r => r.Headers.Location!.ToString()).Distinct().ToList();
        Assert.Single(runs);
        Assert.Equal("succeeded", (await Client.WaitForOutcomeAsync(new Uri(runs[0], UriKind.Relative))).Status);
        await Client.WaitForOutcomeAsync(busy.Headers.Location!);
    }

    [Fact]
    public async Task An_unknown_import_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/imports/{Guid.NewGuid()}")).StatusCode);

    [Fact]
    public async Task A_file_dropped_in_the_inbox_is_imported_then_moved_to_processed()
    {
        var inbox = Path.Combine(fixture.Host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "dropped.csv"), AttendanceCsv.WithNames(100204, "Inbox Academy", 15));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.Exists(Path.Combine(inbox, "processed")) || Directory.GetFiles(Path.Combine(inbox, "processed")).Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The inbox file was not processed within 60 s.\n{fixture.Host.Output}");
            await Task.Delay(500);
        }

        Assert.False(File.Exists(Path.Combine(inbox, "dropped.csv")));
        var imports = await Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");
        var import = Assert.Single(imports!, i => i.FileName == "dropped.csv");
        Assert.Equal(("succeeded", 15), (import.Status, import.RowsLoaded));
    }

    [Fact]
    public async Task The_hangfire_dashboard_and_health_check_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/hangfire")).StatusCode);
    }
}
