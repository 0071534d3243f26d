using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// <c>POST /api/users/{id}/tokens</c> gives a user a new API token, shown once; <c>DELETE /api/tokens/{id}</c> revokes
/// one at once. Administrators may do both for anyone, other users for themselves.
/// </summary>
public static class TokensApi
{
    public static void MapTokensApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/users/{id:guid}/tokens", CreateAsync);
        routes.MapDelete("/api/tokens/{id:guid}", RevokeAsync);
    }

    private static async Task<IResult> CreateAsync(Guid id, ClaimsPrincipal caller, UserDirectory users, ApiTokens tokens, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!MayManage(caller, id))
            return Results.Forbid();
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user)
            return Results.NotFound();
        var (tokenId, token) = await tokens.CreateAsync(user.Id, cancellationToken);
        await audit.RecordAsync(caller, AuditActions.TokenCreated, $"token {tokenId} for {user.Email}", cancellationToken);
        return Results.Created($"/api/tokens/{tokenId}", new { id = tokenId, token });
    }

    private static async Task<IResult> RevokeAsync(Guid id, ClaimsPrincipal caller, ApiTokens tokens, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await tokens.OwnerAsync(id, cancellationToken) is not { } owner)
            return Results.NotFound();
        if (!MayManage(caller, owner))
            return Results.Forbid();
        await tokens.RevokeAsync(id, cancellationToken);
        await audit.RecordAsync(caller, AuditActions.TokenRevoked, $"token {id}", cancellationToken);
        return Results.NoContent();
    }

    private static bool MayManage(ClaimsPrincipal caller, Guid userId) =>
        caller.IsInRole(AccessRoles.Administrator) || AccessUser.IdOf(caller) == userId;
}
