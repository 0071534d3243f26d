using System.Threading.RateLimiting;
using BelongingInsights.Warehouse.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Sign-in for every route: a cookie for pages, bearer tokens for the API, a policy scheme choosing between them by
/// the <c>Authorization</c> header. The API answers 401 or 403, never a redirect; pages send a stranger to
/// <c>/login</c>. A cookie carries state changes to pages only: through the API it is good for GET and HEAD alone, so
/// another origin's page cannot make a signed-in browser change anything through the API.
/// </summary>
public static class AccessServiceCollectionExtensions
{
    private const string SelectorScheme = "cookie-or-bearer";

    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .Validate(o => o.Lockout.MaxFailures >= 1 && o.Lockout.Minutes >= 1, "Auth:Lockout:MaxFailures and Auth:Lockout:Minutes must be at least 1.")
            .Validate(o => o.SignInAttemptsPerMinute >= 1, "Auth:SignInAttemptsPerMinute must be at least 1.")
            .Validate(o => o.RevalidateSeconds >= 1, "Auth:RevalidateSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<AccessDatabase>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<UserAdministration>();
        services.AddScoped<CallerScope>();
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => BearerTokenHandler.IsPresent(context.Request)
                    ? BearerTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/access-denied";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = ValidateCookieAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, UserRevalidation>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AccessPolicies.SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                    })
                : RateLimitPartition.GetNoLimiter("reading the sign-in page"));
        });
        return builder;
    }

    /// <summary>Authentication, authorization and the sign-in rate limit; call before antiforgery and the endpoints.</summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapPost("/logout", SignOutAsync);
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, AuditLog audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return Results.BadRequest();
        await audit.RecordAsync(context.User, AuditActions.SignOut, "signed out", context.RequestAborted);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/login");
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the user afresh on each request, so a deleted user's cookie stops working and a changed role or scope
    /// applies at once; and refuses the cookie for an API call that could change state.
    /// </summary>
    private static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var request = context.Request;
        var user = AccessUser.IdOf(context.Principal!) is { } id
            ? await context.HttpContext.RequestServices.GetRequiredService<UserDirectory>().FindByIdAsync(id, context.HttpContext.RequestAborted)
            : null;
        if (user is null || (IsApi(request) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)))
            context.RejectPrincipal();
        else
            context.ReplacePrincipal(user.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
