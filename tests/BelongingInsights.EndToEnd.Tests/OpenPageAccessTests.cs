using System.Net;
using Microsoft.Playwright;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// A page left open in a browser (a Blazor circuit) loses its access when its user is deleted, without anyone reloading
/// it: the circuit reads its user again every <c>Auth:RevalidateSeconds</c> (two on the shared host).
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class OpenPageAccessTests(TwoTrustsHost fixture)
{
    private DashboardHost Host => fixture.Host;

    [Fact]
    public async Task An_open_page_of_a_deleted_user_stops_showing_data_and_goes_to_sign_in()
    {
        var user = await Host.CreateUserAsync("trust", [Kestrel]);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, Host, user.Email, user.Password);
        await OpenLiveAttendanceAsync(page, Host);

        Assert.Equal(HttpStatusCode.NoContent, (await Host.Client.DeleteAsync($"/api/users/{user.Id}")).StatusCode);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login", new() { Timeout = 30_000 });
        Assert.DoesNotContain(Amberfield.Name, await page.ContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Opens the attendance page and waits for its chart, which Plotly draws only once the page's circuit is live (the
    /// exclusions chart will not do: every suspension count of these files is under the threshold, so it draws nothing).
    /// </summary>
    private static async Task OpenLiveAttendanceAsync(IPage page, DashboardHost host)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "attendance").ToString());
        await page.Locator("#attendance-chart svg text.legendtext", new() { HasText = Amberfield.Name }).First.WaitForAsync(new() { Timeout = 120_000 });
    }
}
