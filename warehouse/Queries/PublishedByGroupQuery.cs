using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// The DfE's published attendance, absence and suspension figures for each group of a grouping (Gender, SEND, FSM...):
/// England's and those of the local authorities the caller's schools are in, from the newest release for each year,
/// for the phase the caller's schools share: of those, the ones the trust, school and phase filters choose.
/// </summary>
public sealed class PublishedByGroupQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters that narrow the schools whose phase and local authorities are matched.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase;

    public IReadOnlyList<PublishedGroupFigure> Run(AccessScope scope, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/published_by_group.sql"), scope, r => new PublishedGroupFigure(
                r.Get<string>("academic_year_label"),
                r.Get<string>("area"),
                r.Get<string>("group_name"),
                r.Get<string>("characteristic"),
                r.Get<string>("phase"),
                r.Get<string>("measure_name"),
                r.Get<double>("value"),
                r.Get<string>("release_name")),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("grouping", grouping)]);
}
