using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The signed-in user of an open page (a Blazor circuit), read again from <see cref="UserDirectory"/> every
/// <c>Auth:RevalidateSeconds</c>: a circuit outlives the request that checked its cookie, so without this a page left open
/// would keep the access its user had when it was opened. A deleted user's circuit is signed out (the page stops showing
/// data, and <see cref="ReloadOnAccessChange"/> sends the browser to sign in); a user whose role, trusts or schools
/// changed gets their new claims.
/// </summary>
public sealed class UserRevalidation(ILoggerFactory loggers, UserDirectory users, IOptions<AuthOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.RevalidateSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var signedIn = authenticationState.User;
        if (AccessUser.IdOf(signedIn) is not { } id || await users.FindByIdAsync(id, cancellationToken) is not { } user)
            return false;
        var now = user.ToPrincipal(signedIn.Identity?.AuthenticationType ?? "revalidated");
        if (!SameClaims(signedIn, now))
            SetAuthenticationState(Task.FromResult(new AuthenticationState(now)));
        return true;
    }

    /// <summary>Whether two principals hold the same claims (in any order): the same user with the same access.</summary>
    public static bool SameClaims(ClaimsPrincipal before, ClaimsPrincipal after) =>
        before.Claims.Select(c => (c.Type, c.Value)).ToHashSet().SetEquals(after.Claims.Select(c => (c.Type, c.Value)));
}
