using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto, honoured only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>
/// (comma-separated IP addresses; none by default). ASP.NET's own default trusts loopback, so a proxy on the same host
/// would make every caller look local; the defaults are cleared. With none listed the headers are not read at all, since
/// ASP.NET trusts every sender when its lists are empty.
/// </summary>
public static class ProxyHeaders
{
    public const string Setting = "ForwardedHeaders:KnownProxies";

    public static void AddProxyHeaders(this WebApplicationBuilder builder)
    {
        var proxies = KnownProxies(builder.Configuration[Setting]);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
                options.KnownProxies.Add(proxy);
        });
    }

    public static void UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
            app.UseForwardedHeaders();
    }

    private static IReadOnlyList<IPAddress> KnownProxies(string? setting) =>
        [.. (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"{Setting} takes IP addresses separated by commas; '{text}' is not one."))];
}
