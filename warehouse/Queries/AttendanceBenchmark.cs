namespace BelongingInsights.Warehouse.Queries;

/// <summary>The DfE's published attendance rate (year to date) for one academic year and phase, in England or one local authority (<see cref="Area"/>).</summary>
public sealed record AttendanceBenchmark(string AcademicYear, string Phase, double AttendanceRate, string Area = AttendanceBenchmark.England)
{
    public const string England = "England";
}
