using System.Net.Http.Headers;
using BelongingInsights.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace BelongingInsights.Dashboard.Tests;

/// <summary>
/// The host's defences on a real Kestrel, outside Development: forwarded headers count only from the proxies the
/// settings list, and HSTS is sent only over HTTPS.
/// </summary>
public sealed class HostHardeningTests
{
    [Fact]
    public async Task A_forwarded_address_and_scheme_from_a_proxy_nobody_listed_are_ignored()
    {
        await using var app = await StartAsync(knownProxies: null);

        using var response = await SendForwardedAsync(app);

        Assert.Equal("127.0.0.1 http", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_listed_proxys_forwarded_address_and_https_are_honoured_and_HSTS_is_sent()
    {
        await using var app = await StartAsync(knownProxies: "10.1.2.3, 127.0.0.1");

        using var response = await SendForwardedAsync(app);

        Assert.Equal("203.0.113.7 https", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_proxy_that_is_not_an_IP_address_stops_the_start_with_the_setting_named()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[ProxyHeaders.Setting] = "proxy.example";

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddHostHardening());

        Assert.Equal("ForwardedHeaders:KnownProxies takes IP addresses separated by commas; 'proxy.example' is not one.", refused.Message);
    }

    private static async Task<WebApplication> StartAsync(string? knownProxies)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[ProxyHeaders.Setting] = knownProxies;
        builder.AddHostHardening();
        var app = builder.Build();
        app.UseHostHardening();
        app.MapGet("/", (HttpContext context) => $"{context.Connection.RemoteIpAddress} {context.Request.Scheme}");
        await app.StartAsync();
        return app;
    }

    /// <summary>A request as a proxy passes it on, for a public host name (HSTS is never sent for localhost).</summary>
    private static async Task<HttpResponseMessage> SendForwardedAsync(WebApplication app)
    {
        var address = app.Urls.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "dashboard.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        return await client.SendAsync(request);
    }
}
