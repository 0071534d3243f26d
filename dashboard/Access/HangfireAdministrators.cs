using BelongingInsights.Warehouse.Access;
using Hangfire.Dashboard;

namespace BelongingInsights.Dashboard.Access;

/// <summary>
/// Lets only administrators into the Hangfire dashboard. Hangfire's default filter admits any local request, which
/// behind a reverse proxy on the same host is everyone.
/// </summary>
public sealed class HangfireAdministrators : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AccessRoles.Administrator);
}
