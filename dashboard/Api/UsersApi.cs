using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary><c>/api/users</c>: administrators register, list and delete users.</summary>
public static class UsersApi
{
    public const int MinimumPasswordLength = 12;

    public static void MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/users").RequireAuthorization(AccessPolicies.Administrator);
        api.MapPost("/", CreateAsync);
        api.MapGet("/", async (UserDirectory users, CancellationToken cancellationToken) =>
            (await users.ListAsync(cancellationToken)).Select(UserResponse.From));
        api.MapDelete("/{id:guid}", DeleteAsync);
    }

    private static async Task<IResult> CreateAsync(NewUser body, ClaimsPrincipal caller, UserDirectory users, AuditLog audit, CancellationToken cancellationToken)
    {
        var trusts = (body.Trusts ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var schools = body.Schools ?? [];
        var problem = string.IsNullOrWhiteSpace(body.Email) ? "'email' is required."
            : body.Role is null || !AccessRoles.All.Contains(body.Role) ? $"'role' takes one of: {string.Join(", ", AccessRoles.All)}."
            : body.Role == AccessRoles.Trust && trusts.Count == 0 ? "A trust user needs at least one trust in 'trusts'."
            : body.Role == AccessRoles.School && schools.Count == 0 ? "A school user needs at least one URN in 'schools'."
            : schools.Any(urn => urn is < 100000 or > 999999) ? "'schools' takes 6-digit URNs."
            : body.Password is { Length: < MinimumPasswordLength } ? $"A password needs at least {MinimumPasswordLength} characters."
            : null;
        if (problem is not null)
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The user was not created");
        var user = await users.CreateAsync(body.Email!, body.Name ?? "", body.Role!, trusts, schools, body.Password, cancellationToken);
        if (user is null)
            return Results.Problem("A user with that email is already registered.", statusCode: StatusCodes.Status409Conflict, title: "The user was not created");
        await audit.RecordAsync(caller, AuditActions.UserCreated, $"{user.Email} as {user.Role}", cancellationToken);
        return Results.Created($"/api/users/{user.Id}", new { id = user.Id });
    }

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal caller, UserDirectory users, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user || !await users.DeleteAsync(id, cancellationToken))
            return Results.NotFound();
        await audit.RecordAsync(caller, AuditActions.UserDeleted, user.Email, cancellationToken);
        return Results.NoContent();
    }

    private sealed record NewUser(string? Email, string? Name, string? Role, List<string>? Trusts, List<int>? Schools, string? Password);

    private sealed record UserResponse(Guid Id, string Email, string Name, string Role, IReadOnlyList<string> Trusts, IReadOnlyList<int> Schools)
    {
        public static UserResponse From(AccessUser user) => new(user.Id, user.Email, user.Name, user.Role, user.Trusts, user.Schools);
    }
}
