namespace BelongingInsights.Dashboard.Access;

/// <summary>The <c>Auth</c> settings section (docs/operations.md).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>With <see cref="AdminPassword"/>, the administrator's local account, created or updated at start.</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>An administrator's API bearer token for automation; compared in constant time and never logged.</summary>
    public string? AdminToken { get; set; }

    public LockoutOptions Lockout { get; set; } = new();

    /// <summary>How often an open page reads its user again, so a deleted user or a changed role reaches pages already open.</summary>
    public int RevalidateSeconds { get; set; } = 60;

    /// <summary>How many sign-in attempts one client address may post to <c>/login</c> in a minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}

/// <summary>The <c>Auth:Lockout</c> settings: so many failed sign-ins in a row lock the account for so many minutes.</summary>
public sealed class LockoutOptions
{
    public int MaxFailures { get; set; } = 5;

    public int Minutes { get; set; } = 15;
}
