using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on 127.0.0.1 over plain HTTP, standing in for Entra ID or
/// Google Workspace: authorization code flow with PKCE, one confidential client. Its authorization endpoint signs in,
/// without a login page, whoever <see cref="SignInNext"/> names. Degraded mode keeps it free of any database: the client
/// and its redirect URI are checked by the handlers below instead of OpenIddict's stores.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "belonging-insights";

    public const string ClientSecret = "end-to-end client secret";

    private readonly WebApplication _app;
    private volatile string? _redirectUri;
    private volatile Person _next = new("", EmailVerified: true);

    private OpenIdProvider(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>The issuer, as the dashboard's <c>Auth:Oidc:Authority</c> names it.</summary>
    public Uri Authority { get; }

    /// <summary>Whom the next authorization request signs in, and whether the provider vouches for their email.</summary>
    public void SignInNext(string email, bool emailVerified = true) => _next = new Person(email, emailVerified);

    /// <summary>The dashboard settings that point its single sign-on at this provider.</summary>
    public IReadOnlyDictionary<string, string> DashboardSettings => new Dictionary<string, string>
    {
        ["Auth__Oidc__Authority"] = Authority.ToString(),
        ["Auth__Oidc__ClientId"] = ClientId,
        ["Auth__Oidc__ClientSecret"] = ClientSecret,
        ["Auth__Oidc__RequireHttpsMetadata"] = "false",
    };

    /// <summary>Registers the one redirect URI the client may use; known only once the dashboard has its port.</summary>
    public void AllowRedirectUri(Uri redirectUri) => _redirectUri = redirectUri.AbsoluteUri;

    public static async Task<OpenIdProvider> StartAsync()
    {
        var authority = new Uri($"http://127.0.0.1:{DashboardHost.FreePort()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(authority.ToString());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        OpenIdProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(authority)
                .SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .AllowAuthorizationCodeFlow()
                .RequireProofKeyForCodeExchange()
                .RegisterScopes(Scopes.Email, Scopes.Profile)
                .AddEphemeralEncryptionKey()
                .AddEphemeralSigningKey()
                .EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (context.RedirectUri is null || context.RedirectUri != provider!._redirectUri)
                    context.Reject(Errors.InvalidRequest, "The redirect URI is not registered.");
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                return default;
            }));
        });
        var app = builder.Build();
        provider = new OpenIdProvider(app, authority);
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], provider.Authorize);
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var (email, verified) = _next;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, email)
            .SetClaim(Claims.Email, email)
            .SetClaim(Claims.EmailVerified, verified)
            .SetClaim(Claims.Name, email)
            // Entra ID sends app roles like this; the dashboard must take the role from its own registration instead.
            .SetClaims("roles", ["administrator"])
            .SetScopes(request.GetScopes())
            .SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private sealed record Person(string Email, bool EmailVerified);
}
