using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Percentage positive (with Wilson intervals), negative and unanswered per item and wave, for all schools (or a trust), from <c>mart_survey_item</c>; only the rows the caller's scope covers.</summary>
public sealed class BelongingByItemQuery(WarehouseDatabase database)
{
    /// <summary>The groupings a page can ask for: all respondents, each group, and the pairs programme leads compare most.</summary>
    public static readonly IReadOnlyList<string> Groupings =
    [
        "All respondents", "SEND", "Gender", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group", "Trust", "Phase",
        "Gender × SEND", "SEND × Disadvantaged", "SEND × Phase", "Disadvantaged × Phase",
    ];

    public IReadOnlyList<SurveyInstrumentName> Instruments(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/survey_instruments.sql"), scope, r => new SurveyInstrumentName(r.GetString(0), r.GetString(1)));

    public IReadOnlyList<ItemResult> Run(AccessScope scope, string instrument, string grouping) =>
        database.Query(SqlScripts.Get("Queries/belonging_by_item.sql"), scope, r => new ItemResult(
                r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : (int)r.GetInt64(6),
                r.NullableDouble(7), r.NullableDouble(8), r.NullableDouble(9), r.NullableDouble(10), r.NullableDouble(11)),
            ("instrument", instrument), ("grouping", grouping));
}
