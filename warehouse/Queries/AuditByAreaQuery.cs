using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Every school's 360 audit by area and round, from <c>mart_audit_area</c>, ordered by school, area and round.</summary>
public sealed class AuditByAreaQuery(WarehouseDatabase database)
{
    public IReadOnlyList<AuditArea> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/audit_by_area.sql"), scope, r => new AuditArea(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4),
            (int)r.GetInt64(5), (int)r.GetInt64(6), (int)r.GetInt64(7), (int)r.GetInt64(8),
            Convert.ToDouble(r.GetValue(9), System.Globalization.CultureInfo.InvariantCulture)));
}
