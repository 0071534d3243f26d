using BelongingInsights.Warehouse.Access;
using Microsoft.AspNetCore.Authorization;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Which roles may use what: the one place the policies are defined. Pages and endpoints name a policy with
/// <c>[Authorize(Policy = ...)]</c> or <c>.RequireAuthorization(...)</c>; everything else falls back to
/// <see cref="Reader"/>, so no route answers a caller who is not signed in unless it says so.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Users, tokens, the audit log and the Hangfire dashboard.</summary>
    public const string Administrator = "administrator";

    /// <summary>The upload page, <c>POST /api/imports</c> and reprocessing.</summary>
    public const string Uploader = "uploader";

    /// <summary>The imports list and detail, <c>GET /api/imports</c>.</summary>
    public const string ImportReader = "import-reader";

    /// <summary>
    /// The SQL workbench (<c>/sql</c>) and <c>POST /api/sql</c>: evaluators and administrators only, since its queries
    /// read every school's pupil-level rows and the snapshot they run on has no notion of a caller's scope.
    /// </summary>
    public const string SqlWorkbench = "sql-workbench";

    /// <summary>Every page: any signed-in user with a known role.</summary>
    public const string Reader = "reader";

    /// <summary>The rate limit on posting the sign-in form.</summary>
    public const string SignInRateLimit = "sign-in";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Administrator, policy => policy.RequireRole(AccessRoles.Administrator));
        options.AddPolicy(Uploader, policy => policy.RequireRole(AccessRoles.Administrator, AccessRoles.Trust, AccessRoles.School));
        options.AddPolicy(ImportReader, policy => policy.RequireRole(AccessRoles.Administrator, AccessRoles.Trust, AccessRoles.School));
        options.AddPolicy(SqlWorkbench, policy => policy.RequireRole(AccessRoles.Administrator, AccessRoles.Evaluator));
        var reader = new AuthorizationPolicyBuilder().RequireRole(AccessRoles.All).Build();
        options.AddPolicy(Reader, reader);
        options.FallbackPolicy = reader;
    }
}
