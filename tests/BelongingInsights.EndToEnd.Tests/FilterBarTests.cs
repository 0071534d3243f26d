using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The filter bar in the browser: choosing a filter changes the URL and the figures (which equal the warehouse's), the
/// back button and a pasted URL restore a view, and a filter a page does not apply is shown disabled.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class FilterBarTests(TwoTrustsHost fixture)
{
    private DashboardHost Host => fixture.Host;

    [Fact]
    public async Task Choosing_a_school_changes_the_url_and_the_figures_and_back_and_a_pasted_url_restore_the_views()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(Host);
        var years = warehouse.Rows("select school_name, academic_year_label, attendance_rate from mart_attendance_school where urn is not null and counting_window = 'year to date' and not suppressed order by school_name");
        var cinderford = Assert.Single(years, r => r[0] == Cinderford.Name);
        var user = await Host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, Host, user.Email, user.Password);
        await page.GotoAsync(new Uri(Host.BaseAddress, "attendance").ToString());
        Assert.Equal(years.Select(r => r[0]), await SchoolsShownAsync(page));
        Assert.True(await page.Locator("#filter-wave").IsDisabledAsync(), "The survey wave does not apply to attendance, so its filter is disabled.");

        await ChooseUntilAsync(page, "#filter-school", Cinderford.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture), () => page.Url.Contains($"school={Cinderford.Urn}", StringComparison.Ordinal));
        await page.Locator("[data-testid=year-to-date] tbody tr").First.WaitForAsync();
        await Expect(() => SchoolsShownAsync(page), [Cinderford.Name]);
        var cells = await page.Locator("[data-testid=year-to-date] tbody tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal((cinderford[1], Percent(cinderford[2])), (cells[1], cells[3]));

        await page.GoBackAsync();
        await Expect(() => SchoolsShownAsync(page), [.. years.Select(r => r[0])]);
        Assert.DoesNotContain("school=", page.Url, StringComparison.Ordinal);

        var pasted = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(pasted, Host, user.Email, user.Password);
        var year = Uri.EscapeDataString(cinderford[1]);
        await pasted.GotoAsync(new Uri(Host.BaseAddress, $"attendance?school={Cinderford.Urn}&year={year}").ToString());
        Assert.Equal([Cinderford.Name], await SchoolsShownAsync(pasted));
        Assert.Equal(Cinderford.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture), await pasted.Locator("#filter-school").InputValueAsync());
        Assert.Equal(cinderford[1], await pasted.Locator("#filter-year").InputValueAsync());
    }

    [Theory]
    [InlineData(Administrator)]
    [InlineData(KestrelTrust)]
    [InlineData(CinderfordSchool)]
    public async Task The_filter_bar_offers_exactly_the_trusts_and_schools_the_caller_may_see(string caller)
    {
        var who = fixture.Callers[caller];
        var html = await fixture.PageAsync(caller, "/attendance");

        var bar = FilterBarOf(html);

        var schools = OptionTexts(bar, "filter-school");
        var trusts = OptionTexts(bar, "filter-trust");
        Assert.Equal(who.Sees.Select(s => s.Name).Order(StringComparer.Ordinal), schools.Order(StringComparer.Ordinal));
        Assert.Equal(who.Sees.Select(s => s.Trust).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal), trusts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_pasted_url_with_a_school_outside_the_callers_scope_shows_none_of_its_figures()
    {
        var html = await fixture.PageAsync(KestrelTrust, $"/attendance?school={Cinderford.Urn}");

        Assert.DoesNotContain(Cinderford.Name, html, StringComparison.Ordinal);
        Assert.Contains("No attendance matches these filters.", html, StringComparison.Ordinal);
    }


    [Fact]
    public async Task The_menus_chart_pages_carry_the_chosen_filters_and_nothing_else()
    {
        var html = await fixture.PageAsync(Administrator, $"/attendance?school={Cinderford.Urn}&year=2024%2F25&unrelated=1");
        var menu = html[html.IndexOf("<nav", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];

        Assert.Contains($"href=\"exclusions?school={Cinderford.Urn}&amp;year=2024%2F25\"", menu, StringComparison.Ordinal);
        Assert.Contains($"href=\"belonging?school={Cinderford.Urn}&amp;year=2024%2F25\"", menu, StringComparison.Ordinal);
        Assert.Contains("href=\"upload\"", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("unrelated", menu, StringComparison.Ordinal);
    }
    /// <summary>The HTML of the filter bar on a page: from the bar to the page's heading.</summary>
    internal static string FilterBarOf(string html) => html[FilterBarRange(html)];

    /// <summary>A page's HTML without its filter bar, whose choices name every school and trust the caller may see.</summary>
    internal static string WithoutFilterBar(string html)
    {
        var (start, end) = (FilterBarRange(html).Start.Value, FilterBarRange(html).End.Value);
        return html[..start] + html[end..];
    }

    private static Range FilterBarRange(string html)
    {
        var start = html.IndexOf("data-testid=\"filter-bar\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no filter bar.");
        return start..html.IndexOf("<h1", start, StringComparison.Ordinal);
    }

    private static List<string> OptionTexts(string bar, string select)
    {
        var start = bar.IndexOf($"id=\"{select}\"", StringComparison.Ordinal);
        var options = bar[start..bar.IndexOf("</select>", start, StringComparison.Ordinal)];
        return [.. Option().Matches(options).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value)).Where(t => t != "All")];
    }

    private static string Percent(string rate) =>
        double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static async Task<string[]> SchoolsShownAsync(IPage page)
    {
        await page.Locator("[data-testid=year-to-date]").WaitForAsync();
        return [.. (await page.Locator("[data-testid=year-to-date] tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim())];
    }

    /// <summary>
    /// A select only reacts once the page's interactive circuit is up, so choose until what it brings holds, giving each
    /// choice a few seconds to take effect first (a second choice that also takes effect would add a history entry).
    /// </summary>
    private static async Task ChooseUntilAsync(IPage page, string select, string value, Func<bool> done)
    {
        for (var attempt = 0; attempt < 10 && !done(); attempt++)
        {
            await page.Locator(select).SelectOptionAsync(value);
            for (var wait = 0; wait < 30 && !done(); wait++)
                await Task.Delay(100);
        }
        Assert.True(done(), $"Choosing {value} in {select} never took effect: {page.Url}");
    }

    private static async Task Expect(Func<Task<string[]>> shown, string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await shown()).SequenceEqual(expected) && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        Assert.Equal(expected, await shown());
    }

    [GeneratedRegex("<option[^>]*>(?<text>[^<]*)</option>")]
    private static partial Regex Option();
}
