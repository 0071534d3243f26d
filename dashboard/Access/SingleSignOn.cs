using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Single sign-on through an external OpenID Connect provider (<c>Auth:Oidc</c>): the authorization code flow with
/// PKCE, ending in the same cookie a local sign-in gives. The provider only proves who someone is; what they may see
/// comes from their registration here (<see cref="SingleSignOnEvents"/>).
/// </summary>
public static class SingleSignOn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Where the sign-in page's button starts single sign-on.</summary>
    public const string ChallengePath = "/login/sso";

    public static WebApplicationBuilder AddSingleSignOn(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SingleSignOnOptions.Section);
        builder.Services.Configure<SingleSignOnOptions>(section);
        var settings = section.Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!settings.IsConfigured)
            return builder;
        if (string.IsNullOrWhiteSpace(settings.ClientId))
            throw new InvalidOperationException("Auth:Oidc:ClientId is required when Auth:Oidc:Authority is set.");
        builder.Services.AddScoped<SingleSignOnEvents>();
        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata ?? !builder.Environment.IsDevelopment();
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add(OpenIdConnectScope.OpenId);
            options.Scope.Add(OpenIdConnectScope.Email);
            options.Scope.Add("profile");
            // The provider's claims keep their own names (email, preferred_username, upn) for SingleSignOnEvents.
            options.MapInboundClaims = false;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.EventsType = typeof(SingleSignOnEvents);
        });
        return builder;
    }

    /// <summary>GET <c>/login/sso?returnUrl=</c> sends the browser to the provider, when single sign-on is configured.</summary>
    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<SingleSignOnOptions>>().Value;
        if (settings.IsConfigured)
        {
            endpoints.MapGet(ChallengePath, (string? returnUrl) =>
                    Results.Challenge(new AuthenticationProperties { RedirectUri = RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl : "/" }, [Scheme]))
                .AllowAnonymous();
        }
        return endpoints;
    }
}
