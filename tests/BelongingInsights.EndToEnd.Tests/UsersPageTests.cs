using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// An administrator manages users on the <c>/users</c> page, in Chromium: adds a trust user (who then sees only its
/// trust's schools), issues and revokes its API token, and deletes it, each change reaching the API and the audit log.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed class UsersPageTests(TwoTrustsHost fixture)
{
    private DashboardHost Host => fixture.Host;

    [Fact]
    public async Task An_administrator_adds_a_trust_user_gives_it_a_token_revokes_it_and_deletes_the_user_on_the_page()
    {
        var email = $"kestrel-{Guid.NewGuid():N}@example.test";
        var password = $"password-{Guid.NewGuid():N}";
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var admin = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(admin, Host, Host.AdminEmail, Host.AdminPassword);
        await admin.GotoAsync(new Uri(Host.BaseAddress, "users").ToString());
        // The form works over the page's circuit, which enables its button once live; typing before then could be lost.
        await admin.Locator("button[type=submit]:not([disabled])", new() { HasText = "Add user" }).WaitForAsync(new() { Timeout = 30_000 });

        await admin.Locator("#new-email").FillAsync(email);
        await admin.Locator("#new-name").FillAsync("Kestrel reviewer");
        await admin.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Trust" });
        await admin.GetByLabel(Kestrel).CheckAsync();
        await admin.Locator("#new-password").FillAsync(password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var row = admin.Locator($"tr[data-email=\"{email}\"]");
        await row.WaitForAsync();
        Assert.Contains("Trust", await row.Locator("td").Nth(2).TextContentAsync(), StringComparison.Ordinal);

        var user = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(user, Host, email, password);
        await user.GotoAsync(new Uri(Host.BaseAddress, "exclusions").ToString());
        var seen = await user.ContentAsync();
        Assert.Equal(
            [Amberfield.Name, Bramblewood.Name],
            Schools.Select(s => s.Name).Where(name => seen.Contains(name, StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        await row.GetByRole(AriaRole.Button, new() { Name = "Issue token" }).ClickAsync();
        var token = (await admin.Locator("[data-testid=new-token] code").First.TextContentAsync())!.Trim();
        Assert.Contains("shown only this once", await admin.Locator("[data-testid=new-token]").TextContentAsync(), StringComparison.Ordinal);
        using var withToken = Host.ClientWithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await withToken.GetAsync("/api/imports")).StatusCode);
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(HttpStatusCode.Unauthorized, (await withToken.GetAsync("/api/imports")).StatusCode);

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var users = await Host.Client.GetFromJsonAsync<List<ListedUser>>("/api/users");
        Assert.DoesNotContain(users!, u => u.Email == email);
        var audit = (await Host.Client.GetFromJsonAsync<List<AuditEntry>>("/api/audit?limit=1000"))!;
        Assert.Contains(audit, e => (e.Actor, e.Action, e.Detail) == (Host.AdminEmail, "user created", $"{email} as trust"));
        Assert.Contains(audit, e => (e.Actor, e.Action) == (Host.AdminEmail, "token revoked"));
        Assert.Contains(audit, e => (e.Actor, e.Action, e.Detail) == (Host.AdminEmail, "user deleted", email));
    }

    private sealed record ListedUser(Guid Id, string Email);

    private sealed record AuditEntry(string Actor, string Action, string Detail);
}
