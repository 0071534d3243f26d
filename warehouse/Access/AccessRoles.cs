namespace BelongingInsights.Warehouse.Access;

/// <summary>The roles a user holds (one each), as they stand in the role claim and the user store.</summary>
public static class AccessRoles
{
    public const string Administrator = "administrator";
    public const string ProgrammeLead = "programme-lead";
    public const string Trust = "trust";
    public const string School = "school";
    public const string Evaluator = "evaluator";

    public static readonly IReadOnlyList<string> All = [Administrator, ProgrammeLead, Trust, School, Evaluator];

    /// <summary>The roles that see every school: the administrator, the programme lead and the evaluator.</summary>
    public static bool SeesEverySchool(string role) => role is Administrator or ProgrammeLead or Evaluator;
}
