using BelongingInsights.Warehouse.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The schools the signed-in caller of this circuit (or request) may see, read from its claims each time a page asks, so
/// every query a page runs filters to them. A caller who is not signed in sees nothing.
/// </summary>
public sealed class CallerScope(AuthenticationStateProvider authentication)
{
    public async Task<AccessScope> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return AccessClaims.ScopeOf(state.User);
    }
}
