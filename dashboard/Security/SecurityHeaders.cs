using System.Security.Cryptography;

namespace BelongingInsights.Dashboard.Security;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that Blazor Server and Plotly work under, no MIME
/// sniffing, no framing by another site, and no full URL sent to other sites.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "bi:script-nonce";

    /// <summary>
    /// Scripts, connections (Blazor's WebSocket) and everything else from this site only, plus the one inline script
    /// the page carries, its import map (which maps Plotly's module to its fingerprinted file), by this answer's nonce.
    /// Styles also inline, because Plotly writes its own style elements and Blazor its reconnection dialog's; images
    /// also as data: and blob: URLs, which Plotly draws its mode bar and downloads with.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The nonce this answer's Content-Security-Policy allows an inline script by.</summary>
    public static string NonceOf(HttpContext context) => (string)context.Items[NonceKey]!;

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next(context);
        });
}
