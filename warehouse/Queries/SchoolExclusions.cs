namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One school's suspensions, permanent exclusions and behaviour incidents in one counting window (a term or the
/// year to date), with rates per 100 pupils on roll; a figure is null when suppressed or, for a rate, when no
/// attendance gives the roll.
/// </summary>
public sealed record SchoolExclusions(
    int Urn,
    string SchoolName,
    string AcademicYear,
    string CountingWindow,
    string Term,
    bool Suppressed,
    int? PupilsOnRoll,
    int? Suspensions,
    double? SuspensionRate,
    int? PupilsSuspended,
    double? OnePlusSuspensionRate,
    int? PermanentExclusions,
    double? PermanentExclusionRate,
    int? BehaviourIncidents,
    double? BehaviourIncidentRate)
{
    public string Period => $"{AcademicYear} {Term}";
}
