namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One of a school's headline measures at one period (a survey wave or an academic year): its figure and n, both null
/// when <see cref="Suppressed"/>; a figure null but not suppressed has no denominator. Attendance and persistent
/// absence carry the programme's figure for the same year beside it (<see cref="ProgrammeArea"/> names the schools it
/// covers, the caller's whole view: all schools, or their trust's); null for the other measures and for a caller who
/// may see no aggregate (a school's own user). A hidden programme figure has no value or n, and its reason.
/// </summary>
public sealed record SchoolHeadline(
    string Measure,
    string Period,
    double? Value,
    int? N,
    bool Suppressed,
    string? ProgrammeArea = null,
    double? ProgrammeValue = null,
    int? ProgrammeN = null,
    bool ProgrammeSuppressed = false,
    SuppressionReason? ProgrammeReason = null);
