using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Change per item from baseline to endline for all schools, in one of <see cref="SurveyItemQuery.Groupings"/>, from <c>mart_survey_item_change</c>; only the rows the caller's scope covers.</summary>
public sealed class SurveyItemChangeQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Group;

    public IReadOnlyList<ItemChange> Run(AccessScope scope, string instrument, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_item_change.sql"), scope, r => new ItemChange(
                r.Get<int>("item_order"),
                r.Get<string>("item_text"),
                r.Get<string>("group_name"),
                r.Get<string>("baseline_wave"),
                r.Get<string>("endline_wave"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("baseline_respondents"),
                r.Get<double?>("baseline_positive_pct"),
                r.Get<int?>("endline_respondents"),
                r.Get<double?>("endline_positive_pct"),
                r.Get<double?>("change_points"),
                r.Get<double?>("z"),
                r.Get<double?>("p_value"),
                r.Get<bool?>("significant")),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("instrument", instrument), ("grouping", grouping)]);
}
