using System.Security.Cryptography;
using System.Text.Encodings.Web;
using BelongingInsights.Warehouse.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: the administrator token from <c>Auth:AdminToken</c> (compared in constant
/// time), or a token from <see cref="ApiTokens"/>, looked up on every request so revocation takes effect at once.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string Prefix = "Bearer ";

    /// <summary>Whoever the administrator token signs in as: not a stored user, so it holds no tokens of its own.</summary>
    public static readonly AccessUser AdminTokenUser = new(Guid.Empty, "admin-token", "Administrator token", AccessRoles.Administrator, [], []);

    public static bool IsPresent(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresent(Request))
            return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        if (token.Length == 0)
            return AuthenticateResult.Fail("The bearer token is empty.");
        var user = IsAdminToken(token) ? AdminTokenUser : await tokens.FindUserAsync(token, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("The bearer token is unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(user.ToPrincipal(SchemeName), SchemeName));
    }

    private bool IsAdminToken(string token) =>
        auth.Value.AdminToken is { Length: > 0 } adminToken
        && CryptographicOperations.FixedTimeEquals(ApiTokens.HashBytes(token), ApiTokens.HashBytes(adminToken));
}
