using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The OpenAPI document and its reference page: every API route described, to signed-in callers only.</summary>
public sealed class OpenApiTests(ReceiveHostFixture fixture) : IClassFixture<ReceiveHostFixture>
{
    private static readonly string[] Routes =
        ["/api/imports", "/api/imports/{id}", "/api/imports/preview", "/api/imports/{id}/reprocess", "/api/users", "/api/audit", "/api/sql", "/api/snapshots"];

    [Fact]
    public async Task The_document_describes_every_api_route_to_a_signed_in_caller()
    {
        using var document = JsonDocument.Parse(await fixture.Host.Client.GetStringAsync("/openapi/v1.json"));

        // The document keeps route constraints ({id:guid}) and a group's root as "/api/imports/".
        var paths = document.RootElement.GetProperty("paths").EnumerateObject()
            .Select(p => Regex.Replace(p.Name, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/')).ToHashSet();
        Assert.All(Routes, route => Assert.Contains(route, paths));
    }

    [Fact]
    public async Task The_document_is_not_given_to_a_caller_who_is_not_signed_in()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseAddress };

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_reference_page_lists_the_routes()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, fixture.Host.AdminEmail, fixture.Host.AdminPassword);

        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "api-reference").ToString());
        await page.Locator("[data-testid=api-routes] code", new() { HasText = "/api/imports/preview" }).WaitForAsync();

        var listed = await page.Locator("[data-testid=api-routes] code").AllTextContentsAsync();
        Assert.All(Routes, route => Assert.Contains(route, listed));
    }
}
