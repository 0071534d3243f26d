using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Scale scores by wave for all schools, in one of <see cref="BelongingByItemQuery.Groupings"/>, from <c>mart_survey_scale</c>; only the rows the caller's scope covers.</summary>
public sealed class SurveyScaleQuery(WarehouseDatabase database)
{
    public IReadOnlyList<ScaleResult> Run(AccessScope scope, string instrument, string grouping) =>
        database.Query(SqlScripts.Get("Queries/survey_scale.sql"), scope, r => new ScaleResult(
                r.GetString(0), r.GetString(1), r.GetBoolean(2),
                r.IsDBNull(3) ? null : (int)r.GetInt64(3),
                r.NullableDouble(4), r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7), r.NullableDouble(8),
                r.IsDBNull(9) ? null : (int)r.GetInt64(9)),
            ("instrument", instrument), ("grouping", grouping));
}
