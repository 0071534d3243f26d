using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>What has arrived for each school the caller may see, by kind and period, the gaps first (<c>Queries/coverage.sql</c>).</summary>
public sealed class CoverageQuery(WarehouseDatabase database)
{
    public IReadOnlyList<CoverageCell> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/coverage.sql"), scope, r => new CoverageCell(
            r.Get<int>("urn"),
            r.Get<string>("school"),
            r.Get<string?>("trust"),
            r.Get<string>("kind"),
            r.Get<string?>("period"),
            r.Get<string>("status"),
            r.Get<DateTime?>("received_at"),
            r.Get<long>("row_count"),
            r.Get<Guid?>("uploaded_by")));
}
