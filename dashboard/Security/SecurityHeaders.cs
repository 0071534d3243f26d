namespace BelongingInsights.Dashboard.Security;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that Blazor Server and Plotly work under, no MIME
/// sniffing, no framing by another site, and no full URL sent to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, connections (Blazor's WebSocket) and everything else from this site only. Styles also inline, because
    /// Plotly writes its own style elements and Blazor its reconnection dialog's; images also as data: and blob: URLs,
    /// which Plotly draws its mode bar and downloads with.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next(context);
        });
}
