using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// A trust's user trying to reach another trust's data the ways an attacker would: another trust's import by id, on
/// the page and through the API; its problems; the import list; URNs in query strings; and uploads naming another
/// trust's school, in a row or as the school chosen at upload.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class CrossTrustLeakTests(TwoTrustsHost fixture)
{
    private Caller Kestrel => fixture.Callers[KestrelTrust];

    private Caller CinderfordUser => fixture.Callers[CinderfordSchool];

    [Fact]
    public async Task Another_trusts_import_is_not_found_by_id_on_its_page_or_through_the_api_and_cannot_be_run_again()
    {
        var heronImport = $"/api/imports/{fixture.HeronImport}";
        Assert.Equal(HttpStatusCode.OK, (await fixture.HeronUploader.Bearer.GetAsync(heronImport)).StatusCode);
        Assert.Contains(HeronBadDate, await fixture.PageAsync(Administrator, $"/imports/{fixture.HeronImport}"), StringComparison.Ordinal);

        // A school never sees its trust's uploads, and a trust never another trust's.
        foreach (var caller in new[] { Kestrel, CinderfordUser })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await caller.Bearer.GetAsync(heronImport)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.Cookie.GetAsync(heronImport)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.Bearer.PostAsync($"{heronImport}/reprocess", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.Bearer.GetAsync($"{heronImport}/problems")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.Bearer.DeleteAsync(heronImport)).StatusCode);
            var page = await fixture.PageAsync(caller.Name, $"/imports/{fixture.HeronImport}");
            Assert.Contains("Import not found", page, StringComparison.Ordinal);
            Assert.DoesNotContain(HeronFileName, page, StringComparison.Ordinal);
            Assert.DoesNotContain(HeronBadDate, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_coverage_a_trust_sees_names_only_its_own_schools_on_the_api_and_the_page()
    {
        var kestrelCoverage = await Kestrel.Bearer.GetStringAsync("/api/coverage");
        var kestrelPage = await fixture.PageAsync(Kestrel.Name, "/coverage");

        foreach (var text in new[] { kestrelCoverage, kestrelPage })
        {
            Assert.Contains(Amberfield.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Cinderford.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Dunmore.Name, text, StringComparison.Ordinal);
        }
        Assert.Contains(Cinderford.Name, await fixture.PageAsync(Administrator, "/coverage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_list_and_problems_a_trust_sees_never_name_another_trusts_imports()
    {
        var kestrelList = await Kestrel.Bearer.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");
        var heronList = await fixture.HeronUploader.Bearer.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports");

        Assert.Contains(kestrelList!, i => i.Id == fixture.KestrelImport);
        Assert.Contains(heronList!, i => i.Id == fixture.HeronImport);
        Assert.DoesNotContain(kestrelList!, i => i.Id == fixture.HeronImport);
        Assert.DoesNotContain(heronList!, i => i.Id == fixture.KestrelImport);
        // The administrator's files hold every school's rows: only callers who see every school see them.
        Assert.DoesNotContain(kestrelList!, i => i.FileName == "attendance-autumn.csv");

        var listPage = await fixture.PageAsync(KestrelTrust, "/imports");
        Assert.Contains(KestrelFileName, listPage, StringComparison.Ordinal);
        Assert.DoesNotContain(HeronFileName, listPage, StringComparison.Ordinal);
        Assert.DoesNotContain("attendance-autumn.csv", listPage, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.HeronImport.ToString(), listPage, StringComparison.Ordinal);

        var own = await Kestrel.Bearer.GetFromJsonAsync<ImportStatusResponse>($"/api/imports/{fixture.KestrelImport}");
        Assert.Contains(own!.Problems, p => p.Value == KestrelBadDate);
        Assert.DoesNotContain(own.Problems, p => p.Value == HeronBadDate);
        var ownPage = await fixture.PageAsync(KestrelTrust, $"/imports/{fixture.KestrelImport}");
        Assert.Contains(KestrelBadDate, ownPage, StringComparison.Ordinal);
        Assert.DoesNotContain(HeronBadDate, ownPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schools_upload_is_seen_by_its_trust_and_by_no_other()
    {
        var lines = Attendance([(Cinderford, 401, 10)], "06/01/2025", "04/04/2025").Split('\n');
        lines[2] = lines[2].Replace("06/01/2025", "31/06/2025", StringComparison.Ordinal);
        var import = await CinderfordUser.Bearer.PostAndWaitAsync(Exports.Form(string.Join('\n', lines), "cinderford-spring.csv"));
        var path = $"/api/imports/{import.Id}";

        Assert.Equal(HttpStatusCode.OK, (await fixture.HeronUploader.Bearer.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Kestrel.Bearer.GetAsync(path)).StatusCode);
        Assert.DoesNotContain((await Kestrel.Bearer.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports"))!, i => i.Id == import.Id);
        Assert.DoesNotContain("cinderford-spring.csv", await fixture.PageAsync(KestrelTrust, "/imports"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?urn=140003")]
    [InlineData("/attendance?school=140003&trust=Heron%20Schools%20Trust")]
    [InlineData("/exclusions?urn=140004")]
    [InlineData("/audit?urn=140003&urn=140004")]
    [InlineData("/belonging?school=140005")]
    [InlineData("/leavers?trust=Heron%20Schools%20Trust")]
    public async Task A_query_string_naming_another_trusts_school_shows_only_the_callers_own(string path)
    {
        var html = await fixture.PageAsync(KestrelTrust, path);

        // A filter naming another trust's school or trust (the filter bar's query) leaves nothing to show rather than its figures.
        Assert.True(html.Contains(Amberfield.Name, StringComparison.Ordinal) || FiltersMatchNothing().IsMatch(html), "The page shows neither the caller's own school nor that the filters match nothing.");
        foreach (var other in Schools.Where(s => s.Trust != TwoTrustsFiles.Kestrel))
            Assert.DoesNotContain(other.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusts_upload_holds_back_rows_for_another_trusts_school_and_leaves_that_schools_figures_alone()
    {
        var before = await YearToDateRowsAsync();
        var mixed = Attendance([(Amberfield, 201, 24), (Cinderford, 201, 1)], "06/01/2025", "04/04/2025");
        var chosen = string.Join('\n', Attendance([(Dunmore, 301, 10)], "06/01/2025", "04/04/2025").Split('\n')
            .Select(line => line.Split(',') is { Length: > 2 } cells ? string.Join(',', cells.Where((_, i) => i != 1)) : line));

        var loaded = await Kestrel.Bearer.PostAndWaitAsync(Exports.Form(mixed, "kestrel-mixed.csv"));
        var refused = await Kestrel.Bearer.PostAndWaitAsync(Exports.Form(chosen, "dunmore-chosen.csv", ("kind", "attendance-summary"), ("school", Dunmore.Urn.ToString())));

        Assert.Equal(("succeeded", 24, 1), (loaded.Status, loaded.RowsLoaded, loaded.RowsQuarantined));
        var heldBack = Assert.Single(loaded.Problems, p => p.Severity == "error");
        Assert.Equal(26, heldBack.Row);
        Assert.Contains("not in your scope", heldBack.Message, StringComparison.Ordinal);
        Assert.Equal(("rejected", 0), (refused.Status, refused.RowsLoaded));
        Assert.All(refused.Problems.Where(p => p.Severity == "error"), p => Assert.Contains("not in your scope", p.Message, StringComparison.Ordinal));
        var after = await YearToDateRowsAsync(changed: Amberfield.Name, from: before);
        Assert.Equal(before[Cinderford.Name], after[Cinderford.Name]);
        Assert.Equal(before[Dunmore.Name], after[Dunmore.Name]);
    }

    [Fact]
    public async Task A_trust_cannot_move_another_trusts_school_into_its_own_with_a_school_list()
    {
        var list = SchoolList().Replace($"{Cinderford.Name},primary,{Heron}", $"{Cinderford.Name},primary,{TwoTrustsFiles.Kestrel}", StringComparison.Ordinal);
        Assert.NotEqual(SchoolList(), list);

        var import = await Kestrel.Bearer.PostAndWaitAsync(Exports.Form(list, "kestrel-schools.csv"));

        Assert.Equal(("rejected", 0), (import.Status, import.RowsLoaded));
        Assert.Contains("Only an administrator can load a school list", import.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Cinderford.Name, await fixture.PageAsync(KestrelTrust, "/attendance"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Each school's year-to-date row on the attendance page as the administrator sees it; with <paramref name="changed"/>,
    /// waits until that school's row differs from <paramref name="from"/>, so the marts have been rebuilt since.
    /// </summary>
    private async Task<Dictionary<string, string>> YearToDateRowsAsync(string? changed = null, Dictionary<string, string>? from = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var html = await fixture.PageAsync(Administrator, "/attendance");
            var rows = Schools.ToDictionary(s => s.Name, s => TableRow(html, s.Name));
            if (changed is null || rows[changed] != from![changed])
                return rows;
            Assert.True(DateTime.UtcNow < deadline, $"The attendance of {changed} did not change within 60 s.");
            await Task.Delay(500);
        }
    }

    private static string TableRow(string html, string school)
    {
        var table = YearToDateTable().Match(html);
        Assert.True(table.Success, "The attendance page has no year-to-date table.");
        return Assert.Single(TableRowPattern().Matches(table.Value), m => m.Value.Contains($">{school}</a></td>", StringComparison.Ordinal)).Value;
    }

    [GeneratedRegex("""<table data-testid="year-to-date"[^>]*>.*?</table>""", RegexOptions.Singleline)]
    private static partial Regex YearToDateTable();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRowPattern();

    [System.Text.RegularExpressions.GeneratedRegex("No [a-z ]+ match(es)? these filters")]
    private static partial System.Text.RegularExpressions.Regex FiltersMatchNothing();
}
