namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Linked pupils in one belonging group (a scale score third, or positive or negative on "I feel like I belong") in
/// one wave, across all schools: their mean score, attendance rate, persistent absence and suspensions per 100 (all
/// suspensions, and pupils suspended at least once); figures null when suppressed.
/// </summary>
public sealed record BelongingAttendance(
    string Wave,
    string AcademicYear,
    string Measure,
    string Group,
    int GroupOrder,
    bool Suppressed,
    int? Pupils,
    double? MeanScore,
    double? AttendanceRate,
    double? PersistentAbsenceRate,
    double? SuspensionRate,
    double? OneOrMoreSuspensionRate,
    SuppressionReason? Reason = null);
