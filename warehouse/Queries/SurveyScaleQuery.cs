using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Scale scores by wave for all schools, in one of <see cref="SurveyItemQuery.Groupings"/>, from <c>mart_survey_scale</c>; only the rows the caller's scope covers.</summary>
public sealed class SurveyScaleQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Wave | FilterFields.Group;

    public IReadOnlyList<ScaleResult> Run(AccessScope scope, string instrument, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_scale.sql"), scope, r => new ScaleResult(
                r.Get<string>("wave"),
                r.Get<string>("group_name"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("respondents"),
                r.Get<double?>("mean_score"),
                r.Get<double?>("mean_low"),
                r.Get<double?>("mean_high"),
                r.Get<double?>("sd_score"),
                r.Get<double?>("alpha"),
                r.Get<int?>("alpha_respondents"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("instrument", instrument), ("grouping", grouping)]);
}
