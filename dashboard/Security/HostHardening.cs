namespace BelongingInsights.Dashboard.Security;

/// <summary>The host's defences that sit in front of every page and API call: proxies, HSTS, security headers, upload size.</summary>
public static class HostHardening
{
    public static WebApplicationBuilder AddHostHardening(this WebApplicationBuilder builder)
    {
        builder.AddProxyHeaders();
        builder.AddUploadLimits();
        return builder;
    }

    /// <summary>Forwarded headers first, so HSTS and everything after see the scheme and address the trusted proxy passed on.</summary>
    public static WebApplication UseHostHardening(this WebApplication app)
    {
        app.UseProxyHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders();
        app.UseUploadLimits();
        return app;
    }
}
