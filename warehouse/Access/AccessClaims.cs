using System.Security.Claims;

namespace BelongingInsights.Warehouse.Access;

/// <summary>
/// The claims a signed-in caller carries: the role in <see cref="ClaimTypes.Role"/>, one <see cref="Trust"/> claim per
/// trust (as <c>dim_school.trust</c> names it) and one <see cref="School"/> claim per URN.
/// </summary>
public static class AccessClaims
{
    public const string Trust = "bi:trust";
    public const string School = "bi:school";

    /// <summary>What a caller may see; nothing at all for a caller who is not signed in or holds no known role.</summary>
    public static AccessScope ScopeOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return AccessScope.Nothing;
        var role = user.FindFirstValue(ClaimTypes.Role);
        if (role is null || !AccessRoles.All.Contains(role))
            return AccessScope.Nothing;
        if (AccessRoles.SeesEverySchool(role))
            return AccessScope.Everything;
        var trusts = role == AccessRoles.Trust ? user.FindAll(Trust).Select(c => c.Value) : [];
        var urns = user.FindAll(School).Select(c => int.TryParse(c.Value, out var urn) ? urn : 0).Where(urn => urn > 0);
        return AccessScope.Of(trusts, urns);
    }
}
