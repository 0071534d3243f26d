using System.Globalization;
using System.Security.Claims;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// A registered user as sign-in sees them: one role (<see cref="AccessRoles"/>), and for the trust and school roles the
/// trusts (as <c>dim_school.trust</c> names them) and URNs they may see. Every way in (password, single sign-on, API
/// token) turns the user into the same claims, which <see cref="AccessClaims.ScopeOf"/> reads back.
/// </summary>
public sealed record AccessUser(Guid Id, string Email, string Name, string Role, IReadOnlyList<string> Trusts, IReadOnlyList<int> Schools)
{
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, Id.ToString()),
            new(ClaimTypes.Name, string.IsNullOrWhiteSpace(Name) ? Email : Name),
            new(ClaimTypes.Email, Email),
            new(ClaimTypes.Role, Role),
            .. Trusts.Select(trust => new Claim(AccessClaims.Trust, trust)),
            .. Schools.Select(urn => new Claim(AccessClaims.School, urn.ToString(CultureInfo.InvariantCulture))),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in user's id, or null for a caller who is not signed in.</summary>
    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
