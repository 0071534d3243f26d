using System.Globalization;
using System.Text.RegularExpressions;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The overview (the home page): its tiles equal the warehouse's figures for the caller and the filters; one small chart per school.</summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class OverviewPageTests(TwoTrustsHost fixture)
{
    [Theory]
    [InlineData(Administrator, "")]
    [InlineData(KestrelTrust, "")]
    [InlineData(Administrator, "?school=140003")]
    public async Task The_attendance_tile_is_the_warehouses_attendance_over_the_callers_schools(string caller, string query)
    {
        var urns = fixture.Callers[caller].Sees.Select(s => s.Urn).Where(urn => query.Length == 0 || query.EndsWith(urn.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var expected = warehouse.Rows($"""
            select round(sum(attendance_rate * possible_sessions) / sum(possible_sessions), 2), sum(enrolments)
            from mart_attendance_school
            where counting_window = 'year to date' and not suppressed and urn in ({string.Join(',', urns)})
            group by academic_year order by academic_year desc limit 1
            """)[0];

        var html = await fixture.PageAsync(caller, "/" + query);

        var tile = Tile(html, "Attendance (%)");
        Assert.Equal(double.Parse(expected[0], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("tile-latest").Match(tile).Groups["text"].Value);
        Assert.Equal(expected[1], Testid("tile-n").Match(tile).Groups["text"].Value);
        Assert.Equal(urns.Count(), Regex.Count(html, "data-testid=\"small-multiple\""));
    }

    [Fact]
    public async Task The_suspensions_tile_is_the_figure_for_all_the_callers_schools_and_a_trusts_hidden_figure_says_why()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var all = warehouse.Rows("""
            select round(suspension_rate, 2), pupils_on_roll, suspensions from mart_exclusions_school
            where urn is null and trust is null and counting_window = 'year to date'
            """).Single();
        var kestrel = warehouse.Rows($"""
            select suspensions_reason, suspensions from mart_exclusions_school
            where urn is null and trust = '{Kestrel}' and counting_window = 'year to date'
            """).Single();

        var administrator = Tile(await fixture.PageAsync(Administrator, "/"), "Suspensions per 100 pupils");
        var trust = Tile(await fixture.PageAsync(KestrelTrust, "/"), "Suspensions per 100 pupils");

        // Two suspensions at each of the five schools: every school's count is small, all schools' ten is not.
        // The pupils on roll are read from the warehouse: the leak tests load more pupils into this shared host.
        Assert.Equal((2 * Schools.Count).ToString(CultureInfo.InvariantCulture), all[2]);
        Assert.Equal(double.Parse(all[0], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("tile-latest").Match(administrator).Groups["text"].Value);
        Assert.Equal(all[1], Testid("tile-n").Match(administrator).Groups["text"].Value);
        Assert.DoesNotContain("left out", administrator, StringComparison.Ordinal);
        Assert.Equal(["small", ""], kestrel);
        Assert.Contains("data-reason=\"small\"", trust, StringComparison.Ordinal);
        Assert.Contains("the figure for all the schools in view is hidden: fewer than 10 pupils or events", trust, StringComparison.Ordinal);
        Assert.DoesNotMatch(Testid("tile-n"), trust);
    }

    private static string Tile(string html, string measure)
    {
        var start = html.IndexOf($"aria-label=\"{measure}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No tile for {measure}.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static Regex Testid(string id) => new($"data-testid=\"{id}\">(?<text>[^<]*)<");
}
