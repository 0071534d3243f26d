using System.Net;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Which schools' data each chart page gives each caller. Pages prerender their figures into the HTML of a GET, so the
/// distinctive school and trust names in it are the areas whose figures the caller was sent: exactly the schools in the
/// caller's scope, the trusts it may see figures for, and the rows over every school only to callers who see them all.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class ScopedPagesTests(TwoTrustsHost fixture)
{
    /// <summary>
    /// What a page's tables name by default: schools, trusts (figures over a trust's schools), and the text only its rows
    /// over every school show (null when it has none); and whether a caller who may see no aggregate (a school's user) gets its
    /// own schools' rows instead.
    /// </summary>
    private sealed record ChartPage(bool Schools, bool Trusts, string? EverySchoolRows, bool OwnSchoolsWithoutAggregates = false);

    private static readonly Dictionary<string, ChartPage> Pages = new()
    {
        ["/"] = new(Schools: true, Trusts: false, EverySchoolRows: null),
        ["/attendance"] = new(Schools: true, Trusts: false, EverySchoolRows: null),
        ["/exclusions"] = new(Schools: true, Trusts: false, EverySchoolRows: null),
        ["/audit"] = new(Schools: true, Trusts: false, EverySchoolRows: null),
        ["/belonging"] = new(Schools: true, Trusts: false, EverySchoolRows: "<h2>All respondents</h2>"),
        ["/leavers"] = new(Schools: true, Trusts: true, EverySchoolRows: "All schools <span"),
        ["/groups"] = new(Schools: false, Trusts: false, EverySchoolRows: "data-testid=\"groups\"", OwnSchoolsWithoutAggregates: true),
    };

    private static readonly string[] SignedIn = [Administrator, ProgrammeLead, Evaluator, KestrelTrust, CinderfordSchool];

    public static TheoryData<string, string> PagesAndCallers()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages.Keys)
        {
            foreach (var caller in SignedIn)
                data.Add(page, caller);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndCallers))]
    public async Task A_page_names_exactly_the_schools_and_trusts_the_caller_may_see(string path, string caller)
    {
        var page = Pages[path];
        var who = fixture.Callers[caller];

        var html = FilterBarTests.WithoutFilterBar(await fixture.PageAsync(caller, path));

        var ownSchools = page.OwnSchoolsWithoutAggregates && !who.SeesEverySchool && who.Trusts.Count == 0;
        string[] expected = [.. (page.Schools || ownSchools ? who.Sees.Select(s => s.Name) : []), .. (page.Trusts ? who.Trusts : [])];
        var named = Schools.Select(s => s.Name).Concat(Trusts).Where(name => html.Contains(name, StringComparison.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        if (page.EverySchoolRows is { } everySchool)
            Assert.Equal(who.SeesEverySchool, html.Contains(everySchool, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProgrammeLead, new[] { "England", "Otherborough", "Testshire" })]
    [InlineData(KestrelTrust, new[] { "England", "Testshire" })]
    [InlineData(CinderfordSchool, new[] { "England", "Otherborough" })]
    public async Task The_exclusions_page_sets_englands_figures_and_only_those_of_the_callers_local_authorities_beside_its_own(string caller, string[] areas)
    {
        var html = await fixture.PageAsync(caller, "/exclusions");

        var table = html[html.IndexOf("data-testid=\"england-exclusions\"", StringComparison.Ordinal)..];
        Assert.Equal(areas, System.Text.RegularExpressions.Regex.Matches(table, "data-area=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains("<td>England</td><td>All schools</td><td>Suspensions per 100 pupils</td><td>10.00</td><td>dfe-exclusions-2024-25</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_user_sees_its_own_schools_pupil_groups_with_figures()
    {
        var html = await fixture.PageAsync(CinderfordSchool, "/groups");

        Assert.Contains("data-testid=\"school-groups\"", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("data-testid=\"school-groups\"", StringComparison.Ordinal)..];
        // No census was loaded, so every pupil is in the Unknown group: all the school's pupils, too many to suppress.
        Assert.Matches($"<td>{Cinderford.Name}</td>\\s*<td>Unknown</td>\\s*<td>{PupilsPerSchool}</td>\\s*<td>[0-9.]+%</td>", table);
        Assert.DoesNotContain(Schools.Where(s => s != Cinderford), s => html.Contains(s.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_school_user_sees_its_own_schools_survey_results_by_group()
    {
        var html = await fixture.PageAsync(CinderfordSchool, "/belonging");

        Assert.Contains($"<h2>{Cinderford.Name}</h2>", html, StringComparison.Ordinal);
        Assert.Matches($"<td>{Cinderford.Name}</td>\\s*<td>baseline</td>\\s*<td>{PupilsPerSchool}</td>\\s*<td>[0-9.]+</td>", html);
        Assert.DoesNotContain(Schools.Where(s => s != Cinderford), s => html.Contains(s.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/belonging?group=FSM", "FSM is shown across all schools only", "Choose Gender, SEND or Disadvantaged to see one school's figures.")]
    [InlineData("/leavers?group=SEND", "SEND is shown across all schools only", "Choose All pupils to see each school's leavers by how they left.")]
    public async Task A_school_user_choosing_a_group_published_across_all_schools_only_is_told_so_and_what_to_choose(string path, string said, string instead)
    {
        var html = WebUtility.HtmlDecode(await fixture.PageAsync(CinderfordSchool, path));

        var empty = html[html.IndexOf("class=\"empty\"", StringComparison.Ordinal)..];
        Assert.Contains(said, empty, StringComparison.Ordinal);
        Assert.Contains(instead, empty, StringComparison.Ordinal);
    }
}
