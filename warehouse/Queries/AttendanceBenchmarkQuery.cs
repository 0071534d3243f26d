namespace BelongingInsights.Warehouse.Queries;

/// <summary>National attendance rates from the loaded DfE attendance releases, to set beside a school's own.</summary>
public sealed class AttendanceBenchmarkQuery(WarehouseDatabase database)
{
    public IReadOnlyList<AttendanceBenchmark> Run() =>
        database.Query(SqlScripts.Get("Queries/attendance_benchmark.sql"),
            r => new AttendanceBenchmark(
                r.Get<string>("academic_year_label"),
                r.Get<string>("phase"),
                r.Get<double>("attendance_rate")));
}
