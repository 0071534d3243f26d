using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// A fresh visit draws each chart from the figure prerendered into the page, with the interactive circuit held back
/// until then, and the circuit takes the charts over without a frame in which a drawn chart is missing, without a
/// second chart, without a console error, and drawing exactly the figure drawn early.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class PrerenderedChartTests(TwoTrustsHost fixture)
{
    /// <summary>
    /// Records every <c>Plotly.newPlot</c> (the element's id, whether it was given an element, as plotly-early.js does,
    /// or an id, as Plotly.Blazor does, and the figure as JSON before Plotly touches it), tells the test of the first, and
    /// counts the animation frames in which a chart once drawn has no drawing.
    /// </summary>
    private const string Recorder = """
        window.plotCalls = [];
        window.missingFrames = 0;
        let plotly;
        Object.defineProperty(window, 'Plotly', {
            configurable: true,
            get: () => plotly,
            set: value => {
                const newPlot = value.newPlot;
                value.newPlot = function (target, data, layout, config) {
                    const early = typeof target !== 'string';
                    window.plotCalls.push({ id: early ? target.id : target, early, figure: JSON.stringify({ data, layout, config }) });
                    const drawn = newPlot.apply(this, arguments);
                    if (early)
                        window.chartDrawnEarly();
                    return drawn;
                };
                plotly = value;
            },
        });
        const drawn = new Set();
        (function frame() {
            for (const element of document.querySelectorAll('.js-plotly-plot'))
                if (element.querySelector('.main-svg'))
                    drawn.add(element.id);
            for (const id of drawn)
                if (!document.getElementById(id)?.querySelector('.main-svg'))
                    window.missingFrames++;
            requestAnimationFrame(frame);
        })();
        """;

    [Theory]
    [InlineData("attendance", 1280)]
    [InlineData("", 390)]
    [InlineData("schools/140001", 390)] // Amberfield Primary's page
    public async Task A_fresh_visit_draws_the_charts_before_the_circuit_and_the_circuit_draws_the_same_without_a_gap(string path, int width)
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var signIn = await chromium.Browser.NewContextAsync();
        await DashboardBrowserTests.SignInAsync(await signIn.NewPageAsync(), fixture.Host, fixture.Host.AdminEmail, fixture.Host.AdminPassword);
        await using var fresh = await chromium.Browser.NewContextAsync(new()
        {
            StorageState = await signIn.StorageStateAsync(),
            ViewportSize = new() { Width = width, Height = 800 },
        });
        var page = await fresh.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        var drawnEarly = new TaskCompletionSource();
        await page.ExposeFunctionAsync("chartDrawnEarly", () => drawnEarly.TrySetResult());
        await page.AddInitScriptAsync(Recorder);
        // The circuit may not start before a chart is drawn: what draws it can only be the prerendered figure.
        await page.RouteAsync("**/_blazor/negotiate*", async route =>
        {
            await drawnEarly.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, path).ToString());
        var charts = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('script.chart-figure')].map(s => s.dataset.chartId)");
        Assert.NotEmpty(charts);
        // The circuit's render has replaced the prerendered page (which alone carries the figures) and Plotly.Blazor has drawn every chart.
        await page.WaitForFunctionAsync(
            "ids => !document.querySelector('script.chart-figure') && ids.every(id => plotCalls.some(c => c.id === id && !c.early))",
            charts, new() { Timeout = 90_000 });
        await page.WaitForTimeoutAsync(500);

        var calls = await page.EvaluateAsync<PlotCall[]>("() => plotCalls");
        foreach (var chart in charts)
        {
            var early = calls.First(c => c.Id == chart && c.Early);
            var circuit = calls.Last(c => c.Id == chart && !c.Early);
            Assert.Equal(early.Figure, circuit.Figure);
        }
        Assert.Equal(0, await page.EvaluateAsync<int>("() => missingFrames"));
        Assert.Equal(charts.Length, await page.Locator(".js-plotly-plot").CountAsync());
        Assert.Empty(errors);
    }

    /// <summary>One recorded <c>Plotly.newPlot</c> (see <see cref="Recorder"/>).</summary>
    public sealed class PlotCall
    {
        public string Id { get; set; } = "";

        public bool Early { get; set; }

        public string Figure { get; set; } = "";
    }
}
