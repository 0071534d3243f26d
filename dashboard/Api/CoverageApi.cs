using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Api;

/// <summary><c>GET /api/coverage</c>: what has arrived for each school the caller may see, by kind and period, the gaps first.</summary>
public static class CoverageApi
{
    public static void MapCoverageApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/coverage", async (CoverageQuery query, UserDirectory users, HttpContext context, CancellationToken cancellationToken) =>
                await CoverageResponse.FromAsync(query.Run(AccessClaims.ScopeOf(context.User)), users, cancellationToken))
            .RequireAuthorization(AccessPolicies.ImportReader);
}
