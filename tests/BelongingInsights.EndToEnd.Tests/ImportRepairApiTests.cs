using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>Through the running dashboard: the <c>period</c> field, undo (<c>DELETE /api/imports/{id}</c>) and the grouped problems.</summary>
public sealed class ImportRepairApiTests(PostgresHostFixture fixture) : IClassFixture<PostgresHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task An_undated_summary_loads_with_the_period_field_and_is_rejected_naming_it_without()
    {
        var csv = $"UPN,URN,Possible,Present,AEA,Authorised,Unauthorised\n{AttendanceCsv.Upn(1)},100221,10,8,0,1,1\n";

        var withPeriod = await Client.PostAndWaitAsync(Exports.Form(csv, "spring.csv", ("period", "2024/25 spring")));
        var without = await Client.PostAndWaitAsync(Exports.Form(csv, "undated.csv"));
        var unreadable = await Client.PostAsync("/api/imports", Exports.Form(csv, "x.csv", ("period", "last term")));

        Assert.Equal(("succeeded", 1), (withPeriod.Status, withPeriod.RowsLoaded));
        Assert.Equal("rejected", without.Status);
        Assert.Contains("'period' field", without.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("'period' takes", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_marks_the_import_undone_brings_back_the_one_it_replaced_and_cannot_run_twice()
    {
        var first = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithAbsences(100222, [1, 2, 3]), "first.csv"));
        var corrected = await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithAbsences(100222, [4, 5, 6]), "corrected.csv"));

        var undo = await Client.DeleteAsync($"/api/imports/{corrected.Id}");
        var again = await Client.DeleteAsync($"/api/imports/{corrected.Id}");

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Contains("first.csv, which it had replaced, came back", await undo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("undone", (await Client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{corrected.Id}"))!.Status);
        Assert.Equal("succeeded", (await Client.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{first.Id}"))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"/api/imports/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Problems_are_grouped_by_message_as_json_and_as_a_csv_file()
    {
        var lines = AttendanceCsv.WithAbsences(100223, Enumerable.Repeat(5, 100).ToArray()).Split('\n');
        foreach (var row in new[] { 3, 5, 9 })
            lines[row - 1] = lines[row - 1].Replace(",100,", ",abc,", StringComparison.Ordinal);
        var import = await Client.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), "three-bad.csv"));

        var groups = await Client.GetFromJsonAsync<List<ProblemGroupResponse>>($"/api/imports/{import.Id}/problems");
        var byQuery = await Client.GetAsync($"/api/imports/{import.Id}/problems?format=csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/imports/{import.Id}/problems");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var byAccept = await Client.SendAsync(request);

        var group = Assert.Single(groups!);
        Assert.Equal(("Error", 3, "Possible sessions", "3 5 9"), (group.Severity, group.Count, group.Columns, string.Join(' ', group.FirstRows)));
        Assert.Equal("text/csv", byQuery.Content.Headers.ContentType?.MediaType);
        var csv = await byQuery.Content.ReadAsStringAsync();
        Assert.Equal($"severity,problem,count,columns,first rows\r\nerror,{group.Message},3,Possible sessions,3 5 9\r\n", csv);
        Assert.Equal(csv, await byAccept.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/imports/{Guid.NewGuid()}/problems")).StatusCode);
    }

    [Fact]
    public async Task Coverage_shows_an_uploaded_term_as_received_with_its_rows_and_the_other_kinds_missing()
    {
        await Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithAbsences(100224, [1, 2, 3, 4, 5], school: "Coverage Primary"), "coverage.csv"));

        var cells = (await Client.GetFromJsonAsync<List<CoverageCellResponse>>("/api/coverage"))!.Where(c => c.Urn == 100224).ToList();

        var attendance = Assert.Single(cells, c => c is { Kind: "attendance", Period: "2024/25 Autumn" });
        Assert.Equal(("received", 5, "Attendance (summary or session marks)"), (attendance.Status, attendance.Rows, attendance.KindTitle));
        Assert.NotNull(attendance.ReceivedAt);
        Assert.Equal("missing", Assert.Single(cells, c => c is { Kind: "census", Period: "2024/25 Autumn" }).Status);
        Assert.Equal("School list", Assert.Single(cells, c => c.Kind == "schools").KindTitle);
        Assert.True(cells.FindIndex(c => c.Status == "missing") < cells.FindIndex(c => c.Status == "received"), "The gaps come first.");
    }

    private sealed record CoverageCellResponse(int Urn, string School, string Kind, string KindTitle, string? Period, string Status, DateTime? ReceivedAt, long Rows);

    private sealed record ProblemGroupResponse(string Severity, string Message, int Count, string Columns, IReadOnlyList<int> FirstRows);
}
