using System.Net.Http.Json;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Single sign-on end to end: Chromium, the real dashboard and a real OpenID Connect provider (<see cref="OpenIdProvider"/>)
/// go through the whole redirect exchange, as a school's Entra ID or Google Workspace would.
/// </summary>
public sealed class SingleSignOnTests(SingleSignOnTests.Hosts hosts) : IClassFixture<SingleSignOnTests.Hosts>
{
    private const string Button = "Sign in with your school account";

    [Fact]
    public async Task A_registered_email_signs_in_through_the_provider_with_the_role_it_was_registered_with()
    {
        var user = await hosts.Dashboard.CreateUserAsync("school", schools: [100601]);
        hosts.Provider.SignInNext(user.Email);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();

        await SignInWithProviderAsync(page, "/imports");

        await page.WaitForURLAsync(new Uri(hosts.Dashboard.BaseAddress, "imports").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).IsVisibleAsync());
        await page.GotoAsync(new Uri(hosts.Dashboard.BaseAddress, "audit-log").ToString());
        await page.GetByText("You do not have access to this page.").WaitForAsync();
        var audit = await hosts.Dashboard.Client.GetFromJsonAsync<List<AuditEntry>>("/api/audit", TestContext.Current.CancellationToken);
        Assert.Contains(new AuditEntry(user.Email, "sign-in", "single sign-on"), audit!);
    }

    [Fact]
    public async Task An_email_nobody_registered_is_refused_and_told_to_ask_an_administrator()
    {
        var stranger = $"stranger-{Guid.NewGuid():N}@example.test";
        hosts.Provider.SignInNext(stranger);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();

        await SignInWithProviderAsync(page, "/");

        await page.GetByText("This account is not registered here; ask your administrator.").WaitForAsync();
        Assert.StartsWith(new Uri(hosts.Dashboard.BaseAddress, "login").ToString(), page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "single-sign-on-refused.png"), FullPage = true });
        await page.GotoAsync(hosts.Dashboard.BaseAddress.ToString());
        await page.WaitForURLAsync(url => url.StartsWith(new Uri(hosts.Dashboard.BaseAddress, "login").ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == ".AspNetCore.Cookies");
        var audit = await hosts.Dashboard.Client.GetFromJsonAsync<List<AuditEntry>>("/api/audit", TestContext.Current.CancellationToken);
        Assert.Contains(new AuditEntry(stranger, "sign-in failed", "single sign-on: not registered"), audit!);
    }

    [Fact]
    public async Task A_registered_email_the_provider_has_not_verified_is_refused()
    {
        var user = await hosts.Dashboard.CreateUserAsync("trust", trusts: ["Unverified Trust"]);
        hosts.Provider.SignInNext(user.Email, emailVerified: false);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();

        await SignInWithProviderAsync(page, "/");

        await page.GetByText("This account is not registered here; ask your administrator.").WaitForAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == ".AspNetCore.Cookies");
    }

    [Fact]
    public async Task Without_the_settings_the_sign_in_page_offers_no_single_sign_on()
    {
        await using var plain = await DashboardHost.StartAsync(hangfireConnectionString: null);
        using var configured = hosts.Dashboard.AnonymousClient();
        using var unconfigured = plain.AnonymousClient();

        var withProvider = await configured.GetStringAsync("/login", TestContext.Current.CancellationToken);
        var without = await unconfigured.GetStringAsync("/login", TestContext.Current.CancellationToken);

        Assert.Contains(Button, withProvider, StringComparison.Ordinal);
        Assert.DoesNotContain(Button, without, StringComparison.Ordinal);
        Assert.Contains("Password", without, StringComparison.Ordinal);
    }

    private async Task SignInWithProviderAsync(IPage page, string returnUrl)
    {
        // The click waits for the whole redirect exchange through the provider, which a busy 2-core machine can stretch past Playwright's 30 s default.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(new Uri(hosts.Dashboard.BaseAddress, $"login?ReturnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = Button }).ClickAsync();
    }

    private sealed record AuditEntry(string Actor, string Action, string Detail);

    /// <summary>The provider, and a dashboard whose single sign-on points at it, with its users in PostgreSQL.</summary>
    public sealed class Hosts(PostgresServer postgres) : IAsyncLifetime
    {
        public OpenIdProvider Provider { get; private set; } = null!;

        public DashboardHost Dashboard { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Provider = await OpenIdProvider.StartAsync();
            Dashboard = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync(), settings: Provider.DashboardSettings);
            Provider.AllowRedirectUri(new Uri(Dashboard.BaseAddress, "signin-oidc"));
        }

        public async ValueTask DisposeAsync()
        {
            await Dashboard.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }
}
