using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>A school's page (<c>/schools/{urn}</c>): only for callers who may see the school, its figures the warehouse's.</summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class SchoolPageTests(TwoTrustsHost fixture)
{
    [Theory]
    [InlineData(KestrelTrust, 140003)]
    [InlineData(CinderfordSchool, 140001)]
    [InlineData(Administrator, 999999)]
    public async Task A_school_the_caller_may_not_see_is_not_found_and_not_named(string caller, int urn)
    {
        var response = await fixture.Callers[caller].Cookie.GetAsync($"/schools/{urn}");
        var html = FilterBarTests.WithoutFilterBar(await response.Content.ReadAsStringAsync());
        var csv = await fixture.Callers[caller].Cookie.GetStringAsync($"/api/charts/school-attendance.csv?urn={urn}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Schools.Where(s => s.Urn == urn).Select(s => s.Name).SingleOrDefault() ?? "no such school", html, StringComparison.Ordinal);
        Assert.Equal("Area,Period,Attendance rate (%)", csv.Trim());
    }

    [Theory]
    [InlineData(CinderfordSchool, 140003, Heron, false)]
    [InlineData(Administrator, 140001, Kestrel, true)]
    [InlineData(Administrator, 140005, "Maintained school (in no trust)", false)]
    public async Task The_page_gives_the_school_in_words_and_the_warehouses_figures(string caller, int urn, string trust, bool trustFigure)
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var attendance = warehouse.Rows($"""
            select academic_year_label, round(attendance_rate, 2), enrolments from mart_attendance_school
            where counting_window = 'year to date' and urn = {urn}
            """).Single();
        var suspensions = warehouse.Rows($"""
            select academic_year_label, suppressed or suspensions is null, round(suspension_rate, 2) from mart_exclusions_school
            where counting_window = 'year to date' and urn = {urn}
            """).Single();

        var html = await fixture.PageAsync(caller, $"/schools/{urn}");

        var school = Schools.Single(s => s.Urn == urn);
        Assert.Equal([trust, "Primary", LocalAuthority(school).Name], new[] { "profile-trust", "profile-phase", "profile-la" }.Select(id => Testid(id).Match(html).Groups["text"].Value));
        var attendanceRow = Headline(html, "Attendance (%)", attendance[0]);
        Assert.Equal(double.Parse(attendance[1], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("headline-value").Match(attendanceRow).Groups["text"].Value);
        Assert.Equal(attendance[2], Testid("headline-n").Match(attendanceRow).Groups["text"].Value);
        var suspensionRow = Headline(html, "Suspensions per 100 pupils", suspensions[0]);
        if (suspensions[1] == "True")
            Assert.Contains("suppressed: fewer than 10 pupils", suspensionRow, StringComparison.Ordinal);
        else
            Assert.Equal(double.Parse(suspensions[2], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("headline-value").Match(suspensionRow).Groups["text"].Value);
        Assert.Equal(trustFigure, html.Contains($"Other schools in {trust}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_trust_figure_is_its_other_schools_attendance_and_the_chart_csv_holds_the_school()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var other = warehouse.Rows($"select attendance_rate from mart_attendance_school where counting_window = 'year to date' and urn = {Bramblewood.Urn}").Single();

        var html = await fixture.PageAsync(Administrator, $"/schools/{Amberfield.Urn}");
        var csv = await fixture.Callers[Administrator].Cookie.GetStringAsync($"/api/charts/school-attendance.csv?urn={Amberfield.Urn}");

        var trustRow = html[html.IndexOf("data-area=\"2\"", StringComparison.Ordinal)..];
        Assert.Equal(double.Parse(other[0], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) + "%", Testid("comparison-attendance").Match(trustRow).Groups["text"].Value);
        Assert.Contains($"{Amberfield.Name},", csv, StringComparison.Ordinal);
        Assert.Contains($"Other schools in {Kestrel},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overviews_small_multiples_and_a_chosen_school_link_to_its_page()
    {
        var overview = await fixture.PageAsync(KestrelTrust, "/");
        var attendance = await fixture.PageAsync(KestrelTrust, $"/attendance?school={Amberfield.Urn}");

        Assert.Contains($"href=\"schools/{Amberfield.Urn}\">{Amberfield.Name}</a></h3>", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"schools/{Amberfield.Urn}\" data-testid=\"school-page-link\"", attendance, StringComparison.Ordinal);
    }

    private static string Headline(string html, string measure, string period)
    {
        var start = html.IndexOf($"data-measure=\"{measure}\" data-period=\"{period}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No headline for {measure} in {period}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static Regex Testid(string id) => new($"data-testid=\"{id}\">(?<text>[^<]*)<");
}
