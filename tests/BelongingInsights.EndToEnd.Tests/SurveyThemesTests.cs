using System.Net;
using BelongingInsights.Etl.Survey;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Belonging's "same themes" chart, in the browser on a phone: the pupils', parents' and staff bars drawn and tabled are
/// the warehouse's figures for their questions, the CSV holds the table view's, and a school in the URL changes them,
/// its hidden parents' figures the marker, never a number; axe-core finds no WCAG A or AA violation in the chart and its table.
/// </summary>
public sealed class SurveyThemesTests
{
    private const int PhoneWidth = 390;
    private const int Larch = 100801;
    private const int Rowan = 100802;

    [Fact]
    public async Task The_drawn_and_tabled_figures_are_the_warehouses_the_csv_is_the_table_and_a_school_in_the_url_changes_them()
    {
        await using var host = await DashboardHost.StartAsync(null);
        (string Instrument, int Urn, int Respondents, string Wave)[] exports =
        [
            ("ncb-pupil", Larch, 20, "baseline"), ("ncb-pupil", Rowan, 14, "baseline"), ("ncb-pupil", Larch, 15, "endline"),
            ("ncb-parent", Larch, 12, "baseline"), ("ncb-parent", Rowan, 4, "baseline"), ("ncb-staff", Larch, 12, "baseline"),
        ];
        Guid last = default;
        foreach (var (instrument, urn, respondents, wave) in exports)
        {
            var items = SurveyInstruments.ByCode(instrument).Items.Count;
            var answers = Enumerable.Range(0, respondents)
                .Select(r => new SurveyCsv.Respondent(null, [.. Enumerable.Range(0, items).Select(i => (int?)((r * 7 + i * 3 + urn) % 4 + 1))]));
            var import = await host.Client.PostAndWaitAsync(Exports.Form(SurveyCsv.For(instrument, urn, answers), $"{instrument}-{urn}-{wave}.csv", ("wave", wave)));
            Assert.True(import.Status == "succeeded", $"{instrument} {urn} {wave}: {import.Status}, {import.Message}");
            last = import.Id;
        }
        await host.Client.WaitForMartsAsync(last);
        var lead = await host.CreateUserAsync("programme-lead");
        var signIn = await host.SignInAsync(lead.Email, lead.Password);
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(host);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 } });
        await DashboardBrowserTests.SignInAsync(page, host, lead.Email, lead.Password);

        var allSchools = await ShownAsync(page, host, "belonging", signIn.Client);
        var axe = await page.RunAxe(
            new AxeRunContext
            {
                Include = [new AxeSelector("figure[data-chart=survey-themes]"), new AxeSelector("table[data-testid=survey-themes]")],
                Exclude = [new AxeSelector(".js-plotly-plot .svg-container")],
            },
            new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var rowan = await ShownAsync(page, host, $"belonging?school={Rowan}", signIn.Client);

        var expectedAll = Expected(warehouse, "m.urn is null");
        Assert.Equal(expectedAll.Order(StringComparer.Ordinal), allSchools.Table.Order(StringComparer.Ordinal));
        Assert.Equal(expectedAll.Select(Drawn).Order(StringComparer.Ordinal), allSchools.Drawn.Order(StringComparer.Ordinal));
        Assert.Equal(allSchools.Table, allSchools.Csv);
        Assert.StartsWith("Belonging|baseline|Pupils|I feel like I belong at my school|", allSchools.Table[0], StringComparison.Ordinal);
        Assert.Equal(["Pupils", "Parents and carers", "Staff"], allSchools.Table.Where(r => r.StartsWith("Belonging|baseline|", StringComparison.Ordinal)).Select(r => r.Split('|')[2]));
        Assert.Null(allSchools.Missing);
        var violations = axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Help}) at {n.Target}")).ToList();
        Assert.True(violations.Count == 0, string.Join('\n', violations));

        var expectedRowan = Expected(warehouse, $"m.urn = {Rowan}");
        Assert.NotEqual(expectedAll, expectedRowan);
        Assert.Equal(expectedRowan.Order(StringComparer.Ordinal), rowan.Table.Order(StringComparer.Ordinal));
        Assert.Equal(expectedRowan.Select(Drawn).Order(StringComparer.Ordinal), rowan.Drawn.Order(StringComparer.Ordinal));
        Assert.Equal(rowan.Table, rowan.Csv);
        var parents = rowan.Table.Where(r => r.Split('|')[2] == "Parents and carers").ToList();
        Assert.Equal(4, parents.Count);
        Assert.All(parents, r => Assert.Equal(["c", "c", "c", "c"], r.Split('|')[4..]));
        Assert.Contains("Staff: no questionnaire", rowan.Missing, StringComparison.Ordinal);
        Assert.DoesNotContain(rowan.Table, r => r.Split('|')[2] == "Staff");
    }

    /// <summary>What the page at <paramref name="path"/> shows of the themes chart: its table view's rows, the bars drawn, the CSV's rows and the note naming respondents with no bars.</summary>
    private static async Task<(List<string> Table, List<string> Drawn, List<string> Csv, string? Missing)> ShownAsync(IPage page, DashboardHost host, string path, HttpClient client)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        var figure = page.Locator("figure[data-chart=survey-themes]").First;
        await figure.Locator("svg text.legendtext", new() { HasText = "Pupils" }).WaitForAsync(new() { Timeout = 60_000 });
        var table = await figure.EvaluateAsync<string[]>(
            "f => [...f.querySelectorAll('table[data-testid=chart-table] tbody tr')].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim()).join('|'))");
        var drawn = await figure.EvaluateAsync<string[]>(
            """
            f => f.querySelector('.js-plotly-plot').data.flatMap(t => t.x.map((x, i) =>
                [t.name, t.y[0][i].replaceAll('<br>', ' '), t.y[1][i], x === null || x === undefined ? 'c' : String(x)].join('|')))
            """);
        var href = WebUtility.HtmlDecode(await figure.Locator("a[data-testid=chart-csv]").GetAttributeAsync("href"))!;
        Assert.Contains(new Uri(host.BaseAddress, path).Query.TrimStart('?'), href, StringComparison.Ordinal);
        var csv = (await client.GetStringAsync("/" + href)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Theme,Wave,Who answered,Question,Positive (%),Positive 95% interval low,Positive 95% interval high,Respondents", csv[0]);
        Assert.True(await figure.EvaluateAsync<double>("f => f.querySelector('svg').getBoundingClientRect().right") <= PhoneWidth, "The chart is wider than the phone.");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth, "The page is wider than the phone.");
        var missing = page.Locator("[data-testid=survey-themes-missing]");
        await figure.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, $"survey-themes-phone-{(path.Contains('?', StringComparison.Ordinal) ? "school" : "all")}.png") });
        return ([.. table], [.. drawn], [.. csv[1..].Select(line => string.Join('|', ChartCsvTests.Fields(line)))],
            await missing.CountAsync() == 0 ? null : await missing.First.TextContentAsync());
    }

    /// <summary>The warehouse's row for each themed question as the table view gives it: theme, wave, who answered, question, positive with its interval, respondents.</summary>
    private static List<string> Expected(WarehouseSnapshot warehouse, string area) =>
        [.. warehouse.Rows($"""
            select q.theme, m.wave, case i.respondent when 'pupil' then 'Pupils' when 'parent' then 'Parents and carers' else 'Staff' end,
                m.item_text, m.suppressed, m.positive_pct, m.positive_low, m.positive_high, m.respondents
            from mart_survey_item as m
            inner join dim_question as q on q.instrument = m.instrument and q.item_code = m.item_code
            inner join dim_instrument as i on i.instrument = m.instrument
            where q.theme is not null and m.grouping = 'All respondents' and {area}
            """).Select(r => string.Join('|', r[4] == "True" ? [.. r[..4], "c", "c", "c", "c"] : [.. r[..4], .. r[5..]]))];

    /// <summary>A table row as the chart draws it: who answered, theme, wave, positive (the marker for no bar).</summary>
    private static string Drawn(string tableRow)
    {
        var cells = tableRow.Split('|');
        return string.Join('|', cells[2], cells[0], cells[1], cells[4]);
    }
}
