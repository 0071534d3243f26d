using Microsoft.AspNetCore.Diagnostics;

namespace BelongingInsights.Dashboard.Components.Pages;

/// <summary>
/// An address no endpoint answers is shown the not-found page (<c>/not-found</c>, <see cref="NotFound"/>) with its 404:
/// a page request (GET, outside <c>/api</c>) that routing finds nothing for is run again for that page. Routing comes
/// after, so the run again finds its page; a request that found an endpoint keeps that endpoint's own answer (a 403, a
/// school's own 404), and the API's answers are never replaced.
/// </summary>
public static class NotFoundPage
{
    public static WebApplication UseNotFoundPageAndRouting(this WebApplication app)
    {
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRouting();
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        return app;
    }
}
