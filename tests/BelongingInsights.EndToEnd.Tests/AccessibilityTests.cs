using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The pages a programme lead, data manager and evaluator use most (the overview, groups, belonging, exclusions,
/// imports, upload, SQL workbench, a school's page, its evidence pack and the not-found page), checked in Chromium by axe-core against
/// WCAG 2.1 A and AA once their charts are drawn: no violation on any of them.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class AccessibilityTests(TwoTrustsHost fixture)
{
    private static readonly string[] Pages =
    [
        "", "groups", "belonging", "exclusions", "imports", "upload", "sql", $"schools/{Amberfield.Urn}", $"schools/{Amberfield.Urn}/evidence",
        // The not-found page, as an address no page has gives it (answered 404, with the page).
        NotFound,
    ];

    private const string NotFound = "no-such-page";

    /// <summary>The page has its title, and every chart frame holds its drawn chart or the words that say all its figures are suppressed.</summary>
    private const string Ready =
        "() => document.title.length > 0 && document.querySelectorAll('figure.chart-frame').length === document.querySelectorAll('figure.chart-frame .js-plotly-plot, figure.chart-frame [data-testid=all-suppressed]').length";

    /// <summary>The whole page but the inside of Plotly's drawings: a chart is named by its figure, and its figures are in its table view.</summary>
    private static readonly AxeRunContext Plots = new() { Exclude = [new AxeSelector(".js-plotly-plot .svg-container")] };

    [Fact]
    public async Task No_page_has_a_wcag_a_or_aa_violation_that_axe_core_finds()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, fixture.Host.AdminEmail, fixture.Host.AdminPassword);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

        var violations = new List<string>();
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(new Uri(fixture.Host.BaseAddress, path).ToString());
            Assert.Equal(path == NotFound ? 404 : 200, response?.Status);
            await page.WaitForFunctionAsync(Ready, null, new() { Timeout = 60_000 });
            // Blazor replaces the prerendered title once the page turns interactive: let that settle first.
            await page.WaitForTimeoutAsync(500);
            await page.WaitForFunctionAsync(Ready, null, new() { Timeout = 60_000 });
            var results = await page.RunAxe(Plots, options);
            violations.AddRange(results.Violations.SelectMany(v => v.Nodes.Select(n => $"/{path}: {v.Id} ({v.Help}) at {n.Target}")));
        }
        // The check itself finds what it should: an image without a text alternative, added to the last page.
        await page.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', '<img src=\"missing.png\">')");
        var control = await page.RunAxe(options);

        Assert.True(violations.Count == 0, string.Join('\n', violations.Distinct().Take(60)));
        Assert.Contains(control.Violations, v => v.Id == "image-alt");
    }
}
