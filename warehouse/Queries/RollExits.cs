namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One area's (all schools, a trust or a school) leavers in an academic year, for one group or combination of groups
/// (Female · SEND, Primary): by exit type, by destination, and the unexplained-exit rate per 100 on roll. A null
/// count, on roll included, is suppressed, for the reason <see cref="Reasons"/> gives. A row whose
/// grouping is not broken down by exit type (<see cref="ByExitType"/> false: a pair) or by destination
/// (<see cref="ByDestination"/> false: any pupil group) has those counts null as not published, not hidden.
/// </summary>
public sealed record RollExits(
    string AcademicYear,
    string AreaLevel,
    string Area,
    string Group,
    int? OnRoll,
    int? Leavers,
    int? MovedSchool,
    int? PermanentExclusion,
    int? Unexplained,
    double? UnexplainedExitRate,
    int? ElectiveHomeEducation,
    int? AlternativeProvision,
    int? UnknownOrMissingEducation,
    int? OtherDestination,
    RollExitReasons? Reasons = null,
    bool ByExitType = true,
    bool ByDestination = true);

/// <summary>Why each hidden count of a <see cref="RollExits"/> row is hidden; null for a shown one.</summary>
public sealed record RollExitReasons(
    SuppressionReason? OnRoll,
    SuppressionReason? Leavers,
    SuppressionReason? MovedSchool,
    SuppressionReason? PermanentExclusion,
    SuppressionReason? Unexplained,
    SuppressionReason? ElectiveHomeEducation,
    SuppressionReason? AlternativeProvision,
    SuppressionReason? UnknownOrMissingEducation,
    SuppressionReason? OtherDestination);
