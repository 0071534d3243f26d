using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Published attendance rates from the loaded DfE attendance releases, to set beside the schools' own: England's, and
/// those of the local authorities the caller's schools are in.
/// </summary>
public sealed class AttendanceBenchmarkQuery(WarehouseDatabase database)
{
    public IReadOnlyList<AttendanceBenchmark> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/attendance_benchmark.sql"), scope,
            r => new AttendanceBenchmark(
                r.Get<string>("academic_year_label"),
                r.Get<string>("phase"),
                r.Get<double>("attendance_rate"),
                r.Get<string>("area")));
}
