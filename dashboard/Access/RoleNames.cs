using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Dashboard.Access;

/// <summary>The roles in plain words, as pages show them; the codes (<see cref="AccessRoles"/>) stay in the API and the store.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        AccessRoles.Administrator => "Administrator",
        AccessRoles.ProgrammeLead => "Programme lead",
        AccessRoles.Trust => "Trust",
        AccessRoles.School => "School",
        AccessRoles.Evaluator => "Evaluator",
        _ => role,
    };
}
