using System.Security.Claims;
using BelongingInsights.Dashboard.Access;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// <c>/api/users</c>: administrators register, list and delete users, through <see cref="UserAdministration"/> (shared
/// with the users page).
/// </summary>
public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/users").RequireAuthorization(AccessPolicies.Administrator);
        api.MapPost("/", CreateAsync);
        api.MapGet("/", async (UserDirectory users, CancellationToken cancellationToken) =>
            (await users.ListAsync(cancellationToken)).Select(UserResponse.From));
        api.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal caller, UserAdministration administration, CancellationToken cancellationToken) =>
            await administration.DeleteAsync(caller, id, cancellationToken) ? Results.NoContent() : Results.NotFound());
    }

    private static async Task<IResult> CreateAsync(NewUserBody body, ClaimsPrincipal caller, UserAdministration administration, CancellationToken cancellationToken)
    {
        var created = await administration.CreateAsync(
            caller, new NewUser(body.Email, body.Name, body.Role, body.Trusts, body.Schools, body.Password), cancellationToken);
        return created switch
        {
            { User: { } user } => Results.Created($"/api/users/{user.Id}", new { id = user.Id }),
            { EmailTaken: true } => Results.Problem(created.Problem, statusCode: StatusCodes.Status409Conflict, title: "The user was not created"),
            _ => Results.Problem(created.Problem, statusCode: StatusCodes.Status400BadRequest, title: "The user was not created"),
        };
    }

    private sealed record NewUserBody(string? Email, string? Name, string? Role, List<string>? Trusts, List<int>? Schools, string? Password);

    private sealed record UserResponse(Guid Id, string Email, string Name, string Role, IReadOnlyList<string> Trusts, IReadOnlyList<int> Schools)
    {
        public static UserResponse From(AccessUser user) => new(user.Id, user.Email, user.Name, user.Role, user.Trusts, user.Schools);
    }
}
