using System.Security.Claims;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Registering and deleting users, issuing and revoking their API tokens: the one place these changes are checked,
/// made and written to the audit log, used alike by the API (<c>/api/users</c>, <c>/api/tokens</c>) and the users page.
/// Who may call it is the caller's business (the administrator policy), except for tokens, which users may also manage
/// for themselves.
/// </summary>
public sealed class UserAdministration(UserDirectory users, ApiTokens tokens, AuditLog audit)
{
    public const int MinimumPasswordLength = 12;

    /// <summary>Registers a user, or says why not: a problem with the request, or an email already registered.</summary>
    public async Task<UserCreation> CreateAsync(ClaimsPrincipal caller, NewUser request, CancellationToken cancellationToken)
    {
        var trusts = (request.Trusts ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        var schools = (request.Schools ?? []).Distinct().ToList();
        var problem = string.IsNullOrWhiteSpace(request.Email) ? "'email' is required."
            : request.Role is null || !AccessRoles.All.Contains(request.Role) ? $"'role' takes one of: {string.Join(", ", AccessRoles.All)}."
            : request.Role == AccessRoles.Trust && trusts.Count == 0 ? "A trust user needs at least one trust in 'trusts'."
            : request.Role == AccessRoles.School && schools.Count == 0 ? "A school user needs at least one URN in 'schools'."
            : schools.Any(urn => urn is < 100000 or > 999999) ? "'schools' takes 6-digit URNs."
            : request.Password is { Length: < MinimumPasswordLength } ? $"A password needs at least {MinimumPasswordLength} characters."
            : null;
        if (problem is not null)
            return new UserCreation(null, problem);
        var user = await users.CreateAsync(request.Email!, request.Name ?? "", request.Role!, trusts, schools, request.Password, cancellationToken);
        if (user is null)
            return new UserCreation(null, "A user with that email is already registered.", EmailTaken: true);
        await audit.RecordAsync(caller, AuditActions.UserCreated, $"{user.Email} as {user.Role}", cancellationToken);
        return new UserCreation(user, null);
    }

    /// <summary>Deletes a user and their tokens; false when there was no such user.</summary>
    public async Task<bool> DeleteAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user || !await users.DeleteAsync(id, cancellationToken))
            return false;
        await audit.RecordAsync(caller, AuditActions.UserDeleted, user.Email, cancellationToken);
        return true;
    }

    /// <summary>
    /// A new token for the user, shown once; null when there is no such user, or the caller is neither an administrator
    /// nor that user (ask <see cref="MayManageTokensOf"/> first to tell the two apart).
    /// </summary>
    public async Task<IssuedToken?> IssueTokenAsync(ClaimsPrincipal caller, Guid userId, CancellationToken cancellationToken)
    {
        if (!MayManageTokensOf(caller, userId) || await users.FindByIdAsync(userId, cancellationToken) is not { } user)
            return null;
        var (id, token) = await tokens.CreateAsync(user.Id, cancellationToken);
        await audit.RecordAsync(caller, AuditActions.TokenCreated, $"token {id} for {user.Email}", cancellationToken);
        return new IssuedToken(id, token);
    }

    /// <summary>
    /// Revokes a token at once; false when there is no such token or it is another user's and the caller is not an
    /// administrator: the two are not told apart, so a caller cannot learn which token ids exist.
    /// </summary>
    public async Task<bool> RevokeTokenAsync(ClaimsPrincipal caller, Guid tokenId, CancellationToken cancellationToken)
    {
        if (await tokens.OwnerAsync(tokenId, cancellationToken) is not { } owner || !MayManageTokensOf(caller, owner)
            || !await tokens.RevokeAsync(tokenId, cancellationToken))
            return false;
        await audit.RecordAsync(caller, AuditActions.TokenRevoked, $"token {tokenId}", cancellationToken);
        return true;
    }

    public static bool MayManageTokensOf(ClaimsPrincipal caller, Guid userId) =>
        caller.IsInRole(AccessRoles.Administrator) || AccessUser.IdOf(caller) == userId;
}

/// <summary>A user to register: trust users need trusts, school users URNs; no password for single sign-on only.</summary>
public sealed record NewUser(string? Email, string? Name, string? Role, IReadOnlyList<string>? Trusts, IReadOnlyList<int>? Schools, string? Password);

/// <summary>The user registered, or why not (<see cref="EmailTaken"/> when the email is already registered).</summary>
public sealed record UserCreation(AccessUser? User, string? Problem, bool EmailTaken = false);

/// <summary>A new API token: the token itself is shown this once and stored only as a hash.</summary>
public sealed record IssuedToken(Guid Id, string Token);
