using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Turns a person the provider vouches for into the user an administrator registered with that email: role, trusts
/// and schools come from the registration, never from the provider's claims. An email nobody registered gets nothing:
/// no cookie, and the sign-in page says why.
/// </summary>
public sealed class SingleSignOnEvents(UserDirectory users, AuditLog audit, ILogger<SingleSignOnEvents> logger) : OpenIdConnectEvents
{
    /// <summary>The query parameter by which the sign-in page learns why single sign-on sent someone back.</summary>
    public const string OutcomeParameter = "sso";

    public const string NotRegistered = "not-registered";

    public const string Failed = "failed";

    private const string Detail = "single sign-on";

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        var email = context.Principal is { } principal ? EmailOf(principal) : null;
        if (email is not null && await users.FindByEmailAsync(email, cancellationToken) is { } user)
        {
            context.Principal = user.ToPrincipal(SingleSignOn.Scheme);
            await audit.RecordAsync(user.Email, AuditActions.SignIn, Detail, cancellationToken);
            return;
        }
        await audit.RecordAsync(email ?? "unknown", AuditActions.SignInFailed, $"{Detail}: not registered", cancellationToken);
        context.Response.Redirect($"/login?{OutcomeParameter}={NotRegistered}");
        context.HandleResponse();
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        SingleSignOnLog.Failed(logger, context.Failure?.Message ?? "unknown");
        context.Response.Redirect($"/login?{OutcomeParameter}={Failed}");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The email the provider asserts: Google Workspace sends <c>email</c> (with <c>email_verified</c>); Entra ID sends
    /// <c>email</c> only when configured, and otherwise the sign-in name in <c>preferred_username</c> or <c>upn</c>.
    /// An email the provider itself marks as unverified is not taken.
    /// </summary>
    private static string? EmailOf(ClaimsPrincipal principal)
    {
        var verified = principal.FindFirstValue("email_verified") is not { } flag || bool.TryParse(flag, out var value) && value;
        return new[] { verified ? principal.FindFirstValue("email") : null, principal.FindFirstValue("preferred_username"), principal.FindFirstValue("upn") }
            .FirstOrDefault(candidate => candidate is not null && candidate.Contains('@', StringComparison.Ordinal));
    }
}
