using System.Security.Claims;
using BelongingInsights.Dashboard.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// <c>POST /api/users/{id}/tokens</c> gives a user a new API token, shown once; <c>DELETE /api/tokens/{id}</c> revokes
/// one at once. Administrators may do both for anyone, other users for themselves; revoking someone else's token answers
/// 404, like a token that does not exist. The work is <see cref="UserAdministration"/>'s, shared with the users page.
/// </summary>
public static class TokensApi
{
    public static void MapTokensApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/users/{id:guid}/tokens", CreateAsync);
        routes.MapDelete("/api/tokens/{id:guid}", RevokeAsync);
    }

    private static async Task<IResult> CreateAsync(Guid id, ClaimsPrincipal caller, UserAdministration administration, CancellationToken cancellationToken)
    {
        if (!UserAdministration.MayManageTokensOf(caller, id))
            return Results.Forbid();
        return await administration.IssueTokenAsync(caller, id, cancellationToken) is { } issued
            ? Results.Created($"/api/tokens/{issued.Id}", new { id = issued.Id, token = issued.Token })
            : Results.NotFound();
    }

    private static async Task<IResult> RevokeAsync(Guid id, ClaimsPrincipal caller, UserAdministration administration, CancellationToken cancellationToken) =>
        await administration.RevokeTokenAsync(caller, id, cancellationToken) ? Results.NoContent() : Results.NotFound();
}
