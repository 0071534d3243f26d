using BelongingInsights.Dashboard.Access;
using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Dashboard.Components.Filters;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// <c>GET /api/charts/{name}.csv?trust=…&amp;school=…</c>: the figures one chart plots, for the caller's scope and the
/// filters in the query (the page's own URL query), as CSV; 404 for a chart that does not exist.
/// </summary>
public static class ChartsApi
{
    public static void MapChartsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/charts/{name}.csv", (string name, HttpContext context) =>
            {
                string? Parameter(string key) => context.Request.Query.TryGetValue(key, out var value) ? value.ToString() : null;
                var table = ChartSources.Build(name, context.RequestServices, AccessClaims.ScopeOf(context.User), FilterQuery.From(Parameter), Parameter);
                return table is null
                    ? Results.NotFound()
                    : Results.File(System.Text.Encoding.UTF8.GetBytes(ChartCsv.Write(table)), "text/csv; charset=utf-8", $"{name}.csv");
            })
            .RequireAuthorization(AccessPolicies.Reader);
}
