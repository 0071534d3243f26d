using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Linked pupils followed from baseline to endline: attrition per school and overall, the paired scale score change
/// per school and overall, and McNemar's test per item for all schools; only the rows the caller's scope covers.
/// </summary>
public sealed class SurveyPairedQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Attrition applies in its SQL; the others it ignores.</summary>
    public const FilterFields AttritionFilters = FilterFields.Trust | FilterFields.School | FilterFields.Phase;

    public IReadOnlyList<SurveyAttrition> Attrition(AccessScope scope, string instrument, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_attrition.sql"), scope, r => new SurveyAttrition(
                r.Get<string>("school_name"),
                r.Get<string>("baseline_wave"),
                r.Get<string>("endline_wave"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("baseline_respondents"),
                r.Get<int?>("baseline_linked"),
                r.Get<int?>("endline_respondents"),
                r.Get<int?>("endline_linked"),
                r.Get<int?>("in_both"),
                r.Get<double?>("retained_pct")),
            [.. (filter ?? DashboardFilter.None).Parameters(AttritionFilters), ("instrument", instrument)]);

    /// <summary>The dashboard filters Scale applies in its SQL; the others it ignores.</summary>
    public const FilterFields ScaleFilters = FilterFields.Trust | FilterFields.School | FilterFields.Phase;

    public IReadOnlyList<PairedScaleResult> Scale(AccessScope scope, string instrument, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_paired_scale.sql"), scope, r => new PairedScaleResult(
                r.Get<string>("school_name"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("pairs"),
                r.Get<double?>("baseline_mean"),
                r.Get<double?>("endline_mean"),
                r.Get<double?>("mean_difference"),
                r.Get<double?>("sd_difference"),
                r.Get<double?>("effect_size_dz")),
            [.. (filter ?? DashboardFilter.None).Parameters(ScaleFilters), ("instrument", instrument)]);

    public IReadOnlyList<PairedItemResult> Items(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/survey_paired_item.sql"), scope, r => new PairedItemResult(
                r.Get<int>("item_order"),
                r.Get<string>("item_text"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("pairs"),
                r.Get<double?>("baseline_positive_pct"),
                r.Get<double?>("endline_positive_pct"),
                r.Get<int?>("became_not_positive"),
                r.Get<int?>("became_positive"),
                r.Get<double?>("p_value"),
                r.Get<bool?>("significant")),
            ("instrument", instrument));
}
