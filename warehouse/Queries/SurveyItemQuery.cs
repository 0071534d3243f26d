using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Percentage negative, unanswered and positive (with its Wilson interval) per item and wave, reverse-coded items marked, for all schools (or a trust), from <c>mart_survey_item</c>; only the rows the caller's scope covers.</summary>
public sealed class SurveyItemQuery(WarehouseDatabase database)
{
    /// <summary>The groupings a page can ask for: all respondents, each group, and the pairs programme leads compare most.</summary>
    public static readonly IReadOnlyList<string> Groupings =
    [
        "All respondents", "SEND", "Gender", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group", "Trust", "Phase",
        "Gender × SEND", "SEND × Disadvantaged", "SEND × Phase", "Disadvantaged × Phase",
    ];

    /// <summary>
    /// The single groupings published across schools only (<c>survey_group_masks</c>, warehouse/Functions/pupil_groups.sql):
    /// within a school, respondents are broken down by Gender, SEND and Disadvantaged alone.
    /// </summary>
    public static readonly IReadOnlyList<string> AcrossSchoolsOnly = ["FSM", "EAL", "Ethnicity", "Year group"];

    /// <summary>
    /// The groupings with no pupil group, the only ones published for a questionnaire whose respondents are not pupils
    /// (parents and carers, staff: <c>survey_group_masks</c>), whose respondents carry no pupil group.
    /// </summary>
    public static readonly IReadOnlyList<string> WithoutPupilGroups = ["All respondents", "Trust", "Phase"];

    /// <summary>The grouping a questionnaire answered by <paramref name="respondent"/> publishes for the one asked: a pupil grouping of a parents' or staff questionnaire gives its all respondents.</summary>
    public static string GroupingFor(string respondent, string grouping) =>
        respondent == SurveyInstrumentName.Pupil || WithoutPupilGroups.Contains(grouping) ? grouping : Groupings[0];

    public IReadOnlyList<SurveyInstrumentName> Instruments(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/survey_instruments.sql"), scope, r => new SurveyInstrumentName(
                r.Get<string>("instrument"),
                r.Get<string>("name"),
                r.Get<string>("respondent")));

    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Wave | FilterFields.Group;

    public IReadOnlyList<ItemResult> Run(AccessScope scope, string instrument, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/survey_item.sql"), scope, r => new ItemResult(
                r.Get<int>("item_order"),
                r.Get<string>("item_text"),
                r.Get<bool>("reverse_coded"),
                r.Get<string>("wave"),
                r.Get<string>("group_name"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("respondents"),
                r.Get<double?>("positive_pct"),
                r.Get<double?>("positive_low"),
                r.Get<double?>("positive_high"),
                r.Get<double?>("negative_pct"),
                r.Get<double?>("unanswered_pct"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("instrument", instrument), ("grouping", grouping)]);
}
