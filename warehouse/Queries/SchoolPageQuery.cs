using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>One school's page: its profile, its headline figures, and its attendance beside its trust and England's.</summary>
public sealed class SchoolPageQuery(WarehouseDatabase database, OverviewTilesQuery tiles, SurveyItemQuery survey)
{
    /// <summary>The dashboard filters the school's queries apply in their SQL (the school is the page's own; trust, phase and term do not apply).</summary>
    public const FilterFields Filters = FilterFields.Year | FilterFields.Wave;

    /// <summary>The school, or null when there is none with this URN that the caller may see.</summary>
    public SchoolProfile? Profile(AccessScope scope, int urn, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_profile.sql"), scope, r => new SchoolProfile(
                r.Get<int>("urn"),
                r.Get<string>("name"),
                r.Get<string?>("trust"),
                r.Get<string>("phase"),
                r.Get<string?>("local_authority"),
                r.Get<string?>("roll_year"),
                r.Get<int?>("on_roll")),
            Parameters(urn, filter)).SingleOrDefault();

    /// <summary>
    /// The school's headline figures, each its first and latest period with the change (the overview's tiles for the
    /// school alone; the questionnaire's once per pupil questionnaire), beside its trust's and all schools' when the
    /// caller may see every school of them (the overview's tiles for that view, read from its own aggregate row only,
    /// so a school's own user, or a caller seeing part of a trust, gets none). Nothing for a school the caller may not see.
    /// </summary>
    public IReadOnlyList<SchoolHeadline> Headlines(AccessScope scope, int urn, DashboardFilter? filter = null)
    {
        filter ??= DashboardFilter.None;
        if (Profile(scope, urn, filter) is not { } school)
            return [];
        var periods = DashboardFilter.None with { Year = filter.Year, Wave = filter.Wave };
        var questionnaires = survey.Instruments(scope).Where(i => i.Respondent == SurveyInstrumentName.Pupil).ToList();
        var questionnaireHeadlines = new List<SchoolHeadline>();
        var otherHeadlines = new List<SchoolHeadline>();
        IReadOnlyList<SurveyInstrumentName?> asked = questionnaires.Count == 0 ? [null] : [.. questionnaires];
        foreach (var questionnaire in asked)
        {
            var own = tiles.Run(scope, periods with { School = urn }, questionnaire?.Code);
            // Only a view the caller could see whole is asked for; whether its figure is that view's own is the tiles' WholeView.
            var trust = school.Trust is not null && (scope.AllSchools || scope.Trusts.Contains(school.Trust))
                ? tiles.Run(scope, periods with { Trust = school.Trust }, questionnaire?.Code)
                : [];
            var programme = scope.AllSchools ? tiles.Run(scope, periods, questionnaire?.Code) : [];
            foreach (var measure in own.Select(t => t.Measure).Distinct(StringComparer.Ordinal))
            {
                var fromQuestionnaire = OverviewTilesQuery.QuestionnaireMeasures.Contains(measure);
                if (!fromQuestionnaire && questionnaire != asked[0])
                    continue;
                (fromQuestionnaire ? questionnaireHeadlines : otherHeadlines).Add(new SchoolHeadline(
                    fromQuestionnaire && questionnaire is not null ? $"{measure}, {questionnaire.Name}" : measure,
                    [.. own.Where(t => t.Measure == measure)],
                    View($"All schools of {school.Trust}", trust, measure),
                    View("All schools", programme, measure)));
            }
        }
        return [.. questionnaireHeadlines, .. otherHeadlines];
    }

    /// <summary>A view's tiles for the measure, or null when the caller may not see every school of it (its tiles are not its own aggregate row).</summary>
    private static HeadlineView? View(string area, IReadOnlyList<OverviewTile> tiles, string measure) =>
        tiles.Any(t => t.WholeView) ? new HeadlineView(area, [.. tiles.Where(t => t.Measure == measure && t.WholeView)]) : null;

    public IReadOnlyList<AttendanceComparison> Attendance(AccessScope scope, int urn, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_attendance_comparison.sql"), scope, r => new AttendanceComparison(
                r.Get<string>("academic_year_label"),
                r.Get<string>("period"),
                r.Get<int>("area_order"),
                r.Get<string>("area"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("n"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("persistent_absence_rate"),
                r.Get<int>("schools_left_out")),
            Parameters(urn, filter));

    private static (string Name, object? Value)[] Parameters(int urn, DashboardFilter? filter) =>
        [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("urn", urn)];
}
