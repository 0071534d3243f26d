using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Every page of the menu an administrator sees (the overview, belonging, attendance, pupil groups, leavers, 360 audit,
/// exclusions, upload, imports, what has arrived, the data dictionary, the SQL workbench with a query's results, users and the audit log), a
/// school's page, its evidence pack and the not-found page, on the demonstration data, checked in Chromium by axe-core
/// against WCAG 2.1 A and AA once their charts are drawn, at a desktop width and at a phone's 390 px (where the sidebar
/// folds and tables scroll inside themselves): no violation on any of them at either width.
/// </summary>
[Collection(nameof(DemoHost))]
public sealed class AccessibilityTests(DemoHost fixture)
{
    /// <summary>The demonstration school whose page and evidence pack are checked: a secondary with every kind of data.</summary>
    private const int School = 900102;

    private const string NotFound = "no-such-page";

    private const string Workbench = "sql";

    private static readonly string[] Pages =
    [
        "", "belonging", "attendance", "groups", "leavers", "audit", "exclusions", "upload", "imports", "coverage", "dictionary",
        Workbench, "users", "audit-log", $"schools/{School}", $"schools/{School}/evidence",
        // The not-found page, as an address no page has gives it (answered 404, with the page).
        NotFound,
    ];

    /// <summary>The widths checked: a desktop's and a phone's.</summary>
    private static readonly (int Width, int Height)[] Screens = [(1280, 800), (390, 844)];

    /// <summary>The page has its title, and every chart frame holds its drawn chart or the words that say all its figures are suppressed.</summary>
    private const string Ready =
        "() => document.title.length > 0 && document.querySelectorAll('figure.chart-frame').length === document.querySelectorAll('figure.chart-frame .js-plotly-plot, figure.chart-frame [data-testid=all-suppressed]').length";

    /// <summary>The whole page but the inside of Plotly's drawings: a chart is named by its figure, and its figures are in its table view.</summary>
    private static readonly AxeRunContext Plots = new() { Exclude = [new AxeSelector(".js-plotly-plot .svg-container")] };

    private static readonly AxeRunOptions WcagAandAA = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [Fact]
    public async Task No_page_has_a_wcag_a_or_aa_violation_that_axe_core_finds_on_a_desktop_or_a_phone()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var signIn = await chromium.Browser.NewContextAsync();
        await DashboardBrowserTests.SignInAsync(await signIn.NewPageAsync(), fixture.Host, fixture.Host.AdminEmail, fixture.Host.AdminPassword);
        var state = await signIn.StorageStateAsync();

        var violations = new List<string>();
        var controls = new List<AxeResult>();
        foreach (var (width, height) in Screens)
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { StorageState = state, ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            foreach (var path in Pages)
            {
                var response = await page.GotoAsync(new Uri(fixture.Host.BaseAddress, path).ToString());
                Assert.Equal(path == NotFound ? 404 : 200, response?.Status);
                await page.WaitForFunctionAsync(Ready, null, new() { Timeout = 60_000 });
                // Blazor replaces the prerendered title once the page turns interactive: let that settle first.
                await page.WaitForTimeoutAsync(500);
                await page.WaitForFunctionAsync(Ready, null, new() { Timeout = 60_000 });
                if (path == Workbench)
                    await ShowQueryResultsAsync(page);
                var results = await page.RunAxe(Plots, WcagAandAA);
                violations.AddRange(results.Violations.SelectMany(v => v.Nodes.Select(n => $"{width}px /{path}: {v.Id} ({v.Help}) at {n.Target}")));
            }
            // The check itself finds what it should at this width: an image without a text alternative, added to the last page.
            await page.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', '<img src=\"missing.png\">')");
            controls.Add(await page.RunAxe(WcagAandAA));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations.Distinct()));
        Assert.All(controls, control => Assert.Contains(control.Violations, v => v.Id == "image-alt"));
    }

    /// <summary>Runs a query with more columns than a phone is wide on the SQL workbench, so its results are checked too.</summary>
    private static async Task ShowQueryResultsAsync(IPage page)
    {
        await page.GetByTestId("sql").FillAsync("select * from mart_survey_item limit 5");
        await page.GetByTestId("run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("results").Locator("tbody tr").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }
}
