using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Linked pupils followed from baseline to endline: attrition per school and overall, the paired scale score change
/// per school and overall, and McNemar's test per item for all schools; only the rows the caller's scope covers.
/// </summary>
public sealed class SurveyPairedQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SurveyAttrition> Attrition(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/survey_attrition.sql"), scope, r => new SurveyAttrition(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3),
                Count(r, 4), Count(r, 5), Count(r, 6), Count(r, 7), Count(r, 8), r.NullableDouble(9)),
            ("instrument", instrument));

    public IReadOnlyList<PairedScaleResult> Scale(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/survey_paired_scale.sql"), scope, r => new PairedScaleResult(
                r.GetString(0), r.GetBoolean(1), Count(r, 2),
                r.NullableDouble(3), r.NullableDouble(4), r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7)),
            ("instrument", instrument));

    public IReadOnlyList<PairedItemResult> Items(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/survey_paired_item.sql"), scope, r => new PairedItemResult(
                r.GetInt32(0), r.GetString(1), r.GetBoolean(2), Count(r, 3),
                r.NullableDouble(4), r.NullableDouble(5), Count(r, 6), Count(r, 7), r.NullableDouble(8),
                r.IsDBNull(9) ? null : r.GetBoolean(9)),
            ("instrument", instrument));

    private static int? Count(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : (int)reader.GetInt64(ordinal);
}
