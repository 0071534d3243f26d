using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Change per item from baseline to endline for all schools, in one of <see cref="BelongingByItemQuery.Groupings"/>, from <c>mart_survey_item_change</c>; only the rows the caller's scope covers.</summary>
public sealed class SurveyItemChangeQuery(WarehouseDatabase database)
{
    public IReadOnlyList<ItemChange> Run(AccessScope scope, string instrument, string grouping) =>
        database.Query(SqlScripts.Get("Queries/survey_item_change.sql"), scope, r => new ItemChange(
                r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : (int)r.GetInt64(6), r.NullableDouble(7),
                r.IsDBNull(8) ? null : (int)r.GetInt64(8), r.NullableDouble(9),
                r.NullableDouble(10), r.NullableDouble(11), r.NullableDouble(12),
                r.IsDBNull(13) ? null : r.GetBoolean(13)),
            ("instrument", instrument), ("grouping", grouping));
}
