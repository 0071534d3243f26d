namespace BelongingInsights.Warehouse.Queries;

/// <summary>England's published attendance rate for one academic year and phase (DfE, year to date).</summary>
public sealed record AttendanceBenchmark(string AcademicYear, string Phase, double AttendanceRate);
