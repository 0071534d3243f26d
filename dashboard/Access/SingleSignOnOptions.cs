namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// The <c>Auth:Oidc</c> settings (docs/operations.md): an external OpenID Connect provider such as Microsoft Entra ID
/// or Google Workspace. Single sign-on is on when <see cref="Authority"/> is set.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Auth:Oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The text of the button on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Sign in with your school account";

    /// <summary>Where the provider sends people back; register this path (on the dashboard's address) with the provider.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Whether the provider's metadata must come over HTTPS; unset means yes, except in Development.</summary>
    public bool? RequireHttpsMetadata { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
