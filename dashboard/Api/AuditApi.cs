using BelongingInsights.Dashboard.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary><c>GET /api/audit?limit=</c>: the newest audit entries first (administrators).</summary>
public static class AuditApi
{
    public const int MaxLimit = 1000;

    public static void MapAuditApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/audit", (AuditLog audit, int? limit, CancellationToken cancellationToken) =>
                audit.LatestAsync(Math.Clamp(limit ?? 100, 1, MaxLimit), cancellationToken))
            .RequireAuthorization(AccessPolicies.Administrator);
}
