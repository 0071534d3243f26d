namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The survey items chart on Belonging, drawn in the browser on a phone: diverging bars with whole, wrapped labels.</summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class SurveyItemsChartTests(TwoTrustsHost fixture)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task On_a_phone_negative_bars_go_left_of_zero_positive_ones_right_and_every_item_label_is_whole()
    {
        var user = await fixture.Host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 } });
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, user.Email, user.Password);
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "belonging").ToString());
        var chart = page.Locator("[data-testid=belonging-chart]").First;
        await chart.Locator("svg text.legendtext", new() { HasText = "Unanswered" }).WaitForAsync(new() { Timeout = 60_000 });

        Assert.Equal(["Negative", "Unanswered", "Positive"], await chart.Locator("svg text.legendtext").AllTextContentsAsync());
        var labels = await chart.EvaluateAsync<string[]>(
            "c => [...c.querySelectorAll('.yaxislayer-above text')].map(t => t.querySelector('tspan.line') ? [...t.querySelectorAll('tspan.line')].map(l => l.textContent).join(' ') : t.textContent)");
        Assert.Contains("I feel like an outsider (or left out of things) at school (reverse-scored)", labels);
        Assert.Contains("I make friends easily at school", labels);
        Assert.DoesNotContain(labels, label => label.Contains('…', StringComparison.Ordinal));
        var edges = await chart.EvaluateAsync<double[]>(
            """
            c => {
                const traces = [...c.querySelectorAll('g.trace.bars')];
                const edges = (i, side) => [...traces[i].querySelectorAll('path')].map(p => p.getBoundingClientRect()).filter(b => b.width > 0).map(b => b[side]);
                return [Math.max(...edges(1, 'right')), Math.min(...edges(3, 'left'))];
            }
            """);
        Assert.True(edges[0] <= edges[1] + 0.5, $"A negative bar ends at {edges[0]}px, right of where a positive one starts ({edges[1]}px).");
        Assert.True(await chart.EvaluateAsync<double>("c => c.querySelector('svg').getBoundingClientRect().right") <= PhoneWidth, "The chart is wider than the phone.");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth, "The page is wider than the phone.");
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), "The page reports an error.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "survey-items-phone.png"), FullPage = true });
    }
}
