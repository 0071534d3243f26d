using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// The pupils', parents' and staff questions that ask the like of each other (the <c>theme</c> column of
/// <c>items.csv</c>), each with its percentage positive per wave for all respondents, from <c>mart_survey_item</c> as
/// <see cref="SurveyItemQuery"/> reads it; only the rows the caller's scope covers.
/// </summary>
public sealed class SurveyThemeQuery(WarehouseDatabase database)
{
    /// <summary>Who answers each questionnaire, in the order their bars are drawn, as a page names them.</summary>
    public static readonly IReadOnlyList<(string Respondent, string Name)> RespondentKinds =
        [("pupil", "Pupils"), ("parent", "Parents and carers"), ("staff", "Staff")];

    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores (adults have no pupil groups).</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Wave;

    public IReadOnlyList<ThemeResult> Run(AccessScope scope, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_themes.sql"), scope, r => new ThemeResult(
                r.Get<int>("theme_order"),
                r.Get<string>("theme"),
                r.Get<string>("wave"),
                r.Get<string>("respondent"),
                r.Get<string>("instrument_name"),
                r.Get<string>("item_text"),
                r.Get<bool>("reverse_coded"),
                r.Get<string>("group_name"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("respondents"),
                r.Get<double?>("positive_pct"),
                r.Get<double?>("positive_low"),
                r.Get<double?>("positive_high"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            (filter ?? DashboardFilter.None).Parameters(Filters));
}
