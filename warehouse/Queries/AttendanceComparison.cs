namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Attendance and persistent absence of one area set beside a school in one period (a term or Year to date): the
/// school itself, its trust's other schools (<see cref="SchoolsLeftOut"/> of them suppressed and left out), or the
/// DfE's figure for its local authority or England (year to date only), or every school the caller may see
/// (<see cref="Programme"/>: the caller's whole view, all schools or their trust). Figures are null when suppressed.
/// </summary>
public sealed record AttendanceComparison(
    string AcademicYear,
    string Term,
    int AreaOrder,
    string Area,
    bool Suppressed,
    int? N,
    double? AttendanceRate,
    double? PersistentAbsenceRate,
    int SchoolsLeftOut)
{
    public const int School = 1;
    public const int Trust = 2;
    public const int LocalAuthority = 3;
    public const int England = 4;
    public const int Programme = 5;

    /// <summary>The <see cref="Term"/> of a row over the academic year to date.</summary>
    public const string YearToDate = "Year to date";

    public string Period => $"{AcademicYear} {Term}";
}
