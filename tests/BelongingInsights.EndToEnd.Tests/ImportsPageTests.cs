using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The imports page's filters (they narrow the rows in the query and are kept in the address) and its schools and period columns.</summary>
public sealed class ImportsPageTests
{
    [Fact]
    public async Task Choosing_a_kind_and_a_status_narrows_the_rows_and_the_address_keeps_them()
    {
        await using var host = await DashboardHost.StartAsync(null);
        await host.Client.PostAndWaitAsync(Exports.Form(AttendanceCsv.WithNames(100801, "Filter Primary", 10), "summary.csv"));
        await host.Client.PostAndWaitAsync(Exports.Form(MarksCsv.For(100802, 3, new DateOnly(2024, 9, 2), 5), "marks.csv"));
        await host.Client.PostAndWaitAsync(Exports.Form("UPN,Possible sessions\n", "broken.csv"));
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, host, host.AdminEmail, host.AdminPassword);
        await page.GotoAsync(new Uri(host.BaseAddress, "imports").ToString());
        var files = page.Locator("[data-testid=imports] tbody td:nth-child(2)");
        await page.GetByText("broken.csv").WaitForAsync();

        for (var attempt = 0; attempt < 20 && !page.Url.Contains("kind=attendance-marks", StringComparison.Ordinal); attempt++)
        {
            await page.Locator("#filter-kind").SelectOptionAsync("attendance-marks");
            await Task.Delay(500);
        }
        await page.GetByText("summary.csv").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        Assert.Equal(["marks.csv"], await files.AllTextContentsAsync());
        await page.GotoAsync(new Uri(host.BaseAddress, "imports?period=2024/25 autumn&kind=attendance-summary").ToString());
        await page.GetByText("marks.csv").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var summary = page.Locator("[data-testid=imports] tbody tr");
        Assert.Equal(("summary.csv", "Filter Primary", "Autumn term 2024/25"),
            (await files.TextContentAsync(), (await summary.Locator("td:nth-child(5)").TextContentAsync())?.Trim(), await summary.Locator("td:nth-child(6)").TextContentAsync()));
        await page.GotoAsync(new Uri(host.BaseAddress, "imports?period=2024/25 spring").ToString());
        await page.GetByText("summary.csv").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Empty(await files.AllTextContentsAsync());
        await page.GotoAsync(new Uri(host.BaseAddress, "imports?status=rejected").ToString());
        await page.GetByText("marks.csv").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(["broken.csv"], await files.AllTextContentsAsync());
        Assert.Equal("rejected", await page.Locator("#filter-status").InputValueAsync());
    }
}
