using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Every school's 360 audit by area and round, from <c>mart_audit_area</c>, ordered by school, area and round.</summary>
public sealed class AuditByAreaQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase;

    public IReadOnlyList<AuditArea> Run(AccessScope scope, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/audit_by_area.sql"), scope, r => new AuditArea(
                r.Get<int>("urn"),
                r.Get<string>("school_name"),
                r.Get<string>("round"),
                r.Get<int>("area_order"),
                r.Get<string>("area"),
                r.Get<int>("items_rated"),
                r.Get<int>("fully_met"),
                r.Get<int>("partially_met"),
                r.Get<int>("not_yet_met"),
                r.Get<double>("fully_met_pct")),
            (filter ?? DashboardFilter.None).Parameters(Filters));
}
