using System.Net.Http.Json;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

[Collection(nameof(DemoHost))]
public sealed class DashboardBrowserTests(DemoHost demo)
{
    [Fact]
    public async Task The_demo_schools_show_and_an_upload_on_the_page_adds_a_school_to_the_chart()
    {
        var host = demo.Host;
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                refused.Add(message.Text);
        };
        await SignInAsync(page, host, host.AdminEmail, host.AdminPassword);

        await ReloadUntilVisibleAsync(page, host.BaseAddress, "Riverside Primary (demo)");
        await ChartLegend(page, "England, all state-funded schools (DfE)").WaitForAsync();

        var export = Path.Combine(host.DataDirectory, "brand-new.csv");
        await File.WriteAllTextAsync(export, AttendanceCsv.WithNames(100401, "Brand New Academy", 30));
        await page.GotoAsync(new Uri(host.BaseAddress, "upload").ToString());
        await ChooseFileAsync(page, export);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        // The upload's import queues on the one worker behind the demonstration's last refreshes and its snapshot.
        await page.Locator("td.status-succeeded").WaitForAsync(new() { Timeout = 240_000 });

        var legend = await ReloadUntilVisibleAsync(page, host.BaseAddress, "Brand New Academy");
        Assert.Equal("Brand New Academy", (await legend.TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "attendance-chart.png"), FullPage = true });

        await page.GotoAsync(new Uri(host.BaseAddress, "groups").ToString());
        await SelectUntilVisibleAsync(page, "#filter-group", "SEND", page.Locator("[data-testid=groups] td", new() { HasText = "No SEND" }).First);
        // The chart is drawn by Plotly after the table; with the other browser tests running beside it, that can take a while.
        await page.Locator("#group-chart svg g.xtick text", new() { HasText = "No SEND" }).First.WaitForAsync(new() { Timeout = 90_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "groups-chart.png"), FullPage = true });

        await page.GotoAsync(new Uri(host.BaseAddress, "belonging").ToString());
        await page.Locator("[data-testid=belonging-chart] svg .yaxislayer-above text", new() { HasText = "I feel like I belong at my" }).First.WaitForAsync();
        await page.Locator("[data-testid=belonging-chart] svg .yaxislayer-above text", new() { HasText = "endline" }).First.WaitForAsync();
        await page.Locator("[data-testid=belonging-chart] svg text.legendtext", new() { HasText = "Positive" }).First.WaitForAsync();
        await page.Locator("[data-testid=scale-chart] svg").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "belonging-chart.png"), FullPage = true });

        await page.GotoAsync(new Uri(host.BaseAddress, "exclusions").ToString());
        await page.Locator("[data-testid=exclusions-chart] svg text.legendtext", new() { HasText = "Northgate High (demo)" }).First.WaitForAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "leavers").ToString());
        await page.Locator("[data-testid=exits] td", new() { HasText = "Demo Learning Trust" }).First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "leavers.png"), FullPage = true });
        await SelectUntilVisibleAsync(page, "#filter-group", "Phase", page.Locator("[data-testid=exits] td", new() { HasText = "Secondary" }).First);

        await page.GotoAsync(new Uri(host.BaseAddress, "audit").ToString());
        await page.Locator("[data-testid=audit-chart] svg").First.WaitForAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "dictionary").ToString());
        await page.Locator("section#fact_attendance_mark td", new() { HasText = "session_date" }).First.WaitForAsync();
        Assert.True(refused.Count == 0, string.Join('\n', refused.Distinct()));
        await demo.WaitForLastSnapshotAsync();
    }

    [Fact]
    public async Task Signing_in_at_the_login_page_shows_the_dashboard_and_signing_out_returns_to_it()
    {
        var host = demo.Host;
        var user = await host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "dictionary").ToString());
        Assert.StartsWith("/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(new Uri(host.BaseAddress, "dictionary").ToString());
        await page.Locator("section#fact_attendance_mark").First.WaitForAsync();
        await page.GetByText("Test programme-lead").WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "signed-in.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        await page.GotoAsync(new Uri(host.BaseAddress, "dictionary").ToString());
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
    }

    /// <summary>The cookie the dashboard's sign-in sets (ASP.NET Core's default for its cookie scheme).</summary>
    private const string SignInCookie = ".AspNetCore.Cookies";

    /// <summary>Signs in through the /login form and waits until the browser holds the sign-in cookie.</summary>
    internal static async Task SignInAsync(IPage page, DashboardHost host, string email, string password)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in once the browser holds the sign-in cookie. The overview it is then sent to can be slow to answer while
        // the host is still loading data, and every caller goes on to the page it needs.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(await page.Context.CookiesAsync()).Any(c => c.Name == SignInCookie))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{email} was not signed in after 120 s.");
            await Task.Delay(200);
        }
    }

    private static ILocator ChartLegend(IPage page, string school) =>
        page.Locator("#attendance-chart svg text.legendtext", new() { HasText = school }).First;

    /// <summary>The file input only reacts once the page's interactive circuit is up, so choose until the button enables.</summary>
    private static async Task ChooseFileAsync(IPage page, string path)
    {
        var upload = page.GetByRole(AriaRole.Button, new() { Name = "Upload" });
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await upload.IsEnabledAsync() && DateTime.UtcNow < deadline)
        {
            await page.Locator("#files").SetInputFilesAsync(path);
            await Task.Delay(500);
        }
        Assert.True(await upload.IsEnabledAsync(), "The upload button never enabled after choosing a file.");
    }

    /// <summary>A select only reacts once the page's interactive circuit is up, so choose until the rows it brings show.</summary>
    private static async Task SelectUntilVisibleAsync(IPage page, string select, string option, ILocator shown)
    {
        for (var attempt = 0; attempt < 20 && !await shown.IsVisibleAsync(); attempt++)
        {
            await page.Locator(select).SelectOptionAsync(option);
            await Task.Delay(500);
        }
        await shown.WaitForAsync();
    }

    /// <summary>The chart reads the mart, which a continuation job refreshes just after the import, so reload until it shows.</summary>
    private static async Task<ILocator> ReloadUntilVisibleAsync(IPage page, Uri baseAddress, string school)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            await page.GotoAsync(new Uri(baseAddress, "attendance").ToString());
            var legend = ChartLegend(page, school);
            try
            {
                await legend.WaitForAsync(new() { Timeout = 5_000 });
                return legend;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
