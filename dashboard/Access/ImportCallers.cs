using System.Security.Claims;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using Microsoft.AspNetCore.Components.Authorization;

namespace BelongingInsights.Dashboard.Access;

/// <summary>The signed-in caller as the import ledger and pipeline take them: their id and their scope.</summary>
public static class ImportCallers
{
    public static ImportCaller Of(ClaimsPrincipal user) => new(AccessUser.IdOf(user), AccessClaims.ScopeOf(user));

    /// <summary>A page's caller, from its cascading authentication state; one who is not signed in when there is none.</summary>
    public static async Task<ImportCaller> OfAsync(Task<AuthenticationState>? authenticationState) =>
        authenticationState is null ? ImportCaller.Nobody : Of((await authenticationState).User);
}
