using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// England's published attendance, absence and suspension figures for each group of a grouping (Gender, SEND, FSM...),
/// from the newest DfE release for each year, for the phase the caller's schools share.
/// </summary>
public sealed class EnglandByGroupQuery(WarehouseDatabase database)
{
    public IReadOnlyList<EnglandGroupFigure> Run(AccessScope scope, string grouping) =>
        database.Query(SqlScripts.Get("Queries/england_by_group.sql"), scope, r => new EnglandGroupFigure(
                r.Get<string>("academic_year_label"),
                r.Get<string>("group_name"),
                r.Get<string>("characteristic"),
                r.Get<string>("phase"),
                r.Get<string>("measure_name"),
                r.Get<double>("value"),
                r.Get<string>("release_name")),
            ("grouping", grouping));
}
