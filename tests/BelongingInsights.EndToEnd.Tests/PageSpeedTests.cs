using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// How fast a chart appears in Chromium: on a fresh visit (nothing cached), on a visit again, and after a navigation
/// from the menu; with the script Plotly is loaded from and how long the browser may keep it. The figures are written to
/// the test output and <c>page-speed.txt</c> beside the tests (reported in docs/performance.md), not asserted: the
/// machine's load decides them.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class PageSpeedTests(TwoTrustsHost fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_fresh_visit_loads_plotlys_basic_bundle_once_cached_for_a_year_and_draws_the_chart()
    {
        var user = await fixture.Host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var signIn = await chromium.Browser.NewContextAsync();
        await DashboardBrowserTests.SignInAsync(await signIn.NewPageAsync(), fixture.Host, user.Email, user.Password);
        // A new context with the sign-in cookie but an empty cache: a first visit.
        await using var fresh = await chromium.Browser.NewContextAsync(new() { StorageState = await signIn.StorageStateAsync() });
        var page = await fresh.NewPageAsync();
        var scripts = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/_content/Plotly.Blazor/plotly", StringComparison.Ordinal) && response.Url.EndsWith(".min.js", StringComparison.Ordinal))
                scripts.Add(response);
        };

        var firstChart = await TimeAsync(() => page.GotoAsync(new Uri(fixture.Host.BaseAddress, "attendance").ToString()), page, "#attendance-chart .main-svg");
        var htmlReady = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
        // Where the time went, in ms from the navigation's start: the circuit's negotiation answered, Plotly's bundle fetched.
        var circuit = await ResourceEndAsync(page, "/_blazor/negotiate");
        var plotlyFetched = await ResourceEndAsync(page, "/" + PlotlyBasic);
        var sizes = await scripts[0].Request.SizesAsync();
        var encoding = await scripts[0].HeaderValueAsync("content-encoding") ?? "not compressed";
        // Peers in the same run: fresh visits with and without plotly-early.js (without it, Plotly starts only once the
        // circuit has drawn the chart's frame), in the order without, with, with, without so a drift in the machine's load
        // weighs on both alike.
        var state = await signIn.StorageStateAsync();
        double[] without = [await FreshVisitAsync(chromium.Browser, state, false), 0], with = [await FreshVisitAsync(chromium.Browser, state, true), 0];
        with[1] = await FreshVisitAsync(chromium.Browser, state, true);
        without[1] = await FreshVisitAsync(chromium.Browser, state, false);
        var navigation = await TimeAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Pupil groups" }).ClickAsync(), page, "#group-chart .main-svg");
        var again = await TimeAsync(() => page.GotoAsync(new Uri(fixture.Host.BaseAddress, "attendance").ToString()), page, "#attendance-chart .main-svg");

        Assert.All(scripts, s => Assert.EndsWith("/" + PlotlyBasic, new Uri(s.Url).AbsolutePath, StringComparison.Ordinal));
        var plotly = scripts[0];
        Assert.Equal("public, max-age=31536000, immutable", await plotly.HeaderValueAsync("cache-control"));
        var basic = await LoadScriptAsync(chromium.Browser, new Uri(fixture.Host.BaseAddress, PlotlyBasic));
        var full = await LoadScriptAsync(chromium.Browser, new Uri(fixture.Host.BaseAddress, PlotlyFull));
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            fresh visit to /attendance, first chart drawn: {firstChart:0} ms (its HTML ready at {htmlReady:0} ms; ratio {firstChart / htmlReady:0.0}; the circuit negotiated at {circuit:0} ms, Plotly's bundle fetched at {plotlyFetched:0} ms)
            fresh visits again, with Plotly started early: {with[0]:0} and {with[1]:0} ms; without (plotly-early.js blocked): {without[0]:0} and {without[1]:0} ms (ratio of the sums, without to with: {without.Sum() / with.Sum():0.00})
            navigation from the menu to /groups, chart drawn: {navigation:0} ms
            visit again to /attendance (Plotly cached), chart drawn: {again:0} ms
            Plotly's basic bundle fetched and run in a fresh page: {basic:0} ms; the full bundle, which it replaces: {full:0} ms (ratio {full / basic:0.0})
            Plotly script: {new Uri(plotly.Url).AbsolutePath}, {sizes.ResponseBodySize / 1000} kB sent (compressed), {encoding}
            """);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "page-speed.txt"), report);
    }

    private const string PlotlyBasic = "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js";
    private const string PlotlyFull = "_content/Plotly.Blazor/plotly-3.7.0.min.js";

    /// <summary>Milliseconds a fresh visit (signed in, nothing cached) to /attendance takes to draw its chart, with or without plotly-early.js.</summary>
    private async Task<double> FreshVisitAsync(IBrowser browser, string state, bool early)
    {
        await using var context = await browser.NewContextAsync(new() { StorageState = state });
        var page = await context.NewPageAsync();
        if (!early)
            await page.RouteAsync("**/plotly-early*.js", route => route.AbortAsync());
        return await TimeAsync(() => page.GotoAsync(new Uri(fixture.Host.BaseAddress, "attendance").ToString()), page, "#attendance-chart .main-svg");
    }

    /// <summary>When the page's last fetch whose address contains <paramref name="path"/> ended, in ms from the navigation's start.</summary>
    private static Task<double> ResourceEndAsync(IPage page, string path) =>
        page.EvaluateAsync<double>("path => Math.max(...performance.getEntriesByType('resource').filter(e => e.name.includes(path)).map(e => e.responseEnd))", path);

    /// <summary>Milliseconds a page with nothing cached takes to fetch and run a script.</summary>
    private static async Task<double> LoadScriptAsync(IBrowser browser, Uri script)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        return await page.EvaluateAsync<double>("""
            url => new Promise((resolve, reject) => {
                const started = performance.now();
                const script = document.createElement('script');
                script.src = url;
                script.onload = () => resolve(performance.now() - started);
                script.onerror = () => reject(new Error('could not load ' + url));
                document.head.appendChild(script);
            })
            """, script.ToString());
    }

    /// <summary>Milliseconds from starting <paramref name="act"/> until <paramref name="chart"/> is drawn.</summary>
    private static async Task<double> TimeAsync(Func<Task> act, IPage page, string chart)
    {
        var watch = Stopwatch.StartNew();
        await act();
        await page.Locator(chart).First.WaitForAsync(new() { Timeout = 60_000 });
        return watch.Elapsed.TotalMilliseconds;
    }
}
