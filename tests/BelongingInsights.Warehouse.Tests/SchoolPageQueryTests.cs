using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>A school's page and evidence pack over <see cref="ScopedProgramme"/>: its profile, headline figures, attendance comparison and pack, against the other queries' figures and the scope.</summary>
public sealed class SchoolPageQueryTests(ScopedProgramme programme)
{
    private SchoolPageQuery Query => programme.Warehouse.Get<SchoolPageQuery>();

    private SchoolEvidenceQuery Evidence => programme.Warehouse.Get<SchoolEvidenceQuery>();

    [Fact]
    public void The_profile_names_the_trust_phase_and_local_authority_in_words()
    {
        var profile = Query.Profile(AccessScope.Everything, 100003);

        Assert.Equal(new SchoolProfile(100003, SchoolName(100003), Beta, "Primary", "Camden", "2024/25", 12), profile);
        Assert.Null(Query.Profile(AccessScope.Everything, 100005)!.Trust);
    }

    [Fact]
    public void A_school_outside_the_callers_scope_has_no_profile_and_no_figures()
    {
        var alpha = AccessScope.Of([Alpha], []);

        Assert.Null(Query.Profile(alpha, 100003));
        Assert.Empty(Query.Headlines(alpha, 100003));
        Assert.Empty(Query.Attendance(alpha, 100003));
    }

    [Fact]
    public void The_attendance_headline_is_the_schools_own_year_to_date_attendance_and_the_year_and_wave_filter_it()
    {
        var year = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = 100003 }));

        var headlines = Query.Headlines(AccessScope.Everything, 100003);

        var attendance = Assert.Single(headlines, h => h.Measure == "Attendance (%)");
        Assert.Equal((Math.Round(year.AttendanceRate!.Value, 2), year.Enrolments, year.AcademicYear), (attendance.Value, attendance.N, attendance.Period));
        Assert.Equal(["Baseline", "Endline"], headlines.Where(h => h.Measure.Contains("I feel like I belong", StringComparison.Ordinal)).Select(h => h.Period));
        Assert.Equal(["Endline", "Endline"], Query.Headlines(AccessScope.Everything, 100003, DashboardFilter.None with { Wave = "endline", Year = "2023/24" })
            .Select(h => h.Period));
    }

    [Fact]
    public void Beside_its_attendance_stands_the_callers_whole_view_all_schools_or_the_trusts_and_none_for_a_schools_own_user()
    {
        var views = new[] { (AccessScope.Everything, "All schools"), (AccessScope.Of([Beta], []), $"All schools of {Beta}") };

        foreach (var (scope, area) in views)
        {
            var tiles = programme.Warehouse.Get<OverviewTilesQuery>().Run(scope).Where(t => t.Measure is "Attendance (%)" or "Persistent absence (%)").ToList();
            var beside = Query.Headlines(scope, 100003).Where(h => h.Measure is "Attendance (%)" or "Persistent absence (%)").ToList();

            Assert.NotEmpty(beside);
            Assert.All(beside, h => Assert.Equal(area, h.ProgrammeArea));
            foreach (var headline in beside)
            {
                var tile = Assert.Single(tiles, t => t.Measure == headline.Measure && t.Period == headline.Period);
                Assert.Equal(tile.SuppressionReason is not null, headline.ProgrammeSuppressed);
                Assert.Equal(tile.SuppressionReason, headline.ProgrammeReason);
                Assert.Equal(tile.Value is { } value && !headline.ProgrammeSuppressed ? Math.Round(value, 2) : null, headline.ProgrammeValue);
                Assert.Equal(headline.ProgrammeSuppressed ? null : tile.N, headline.ProgrammeN);
            }
        }
        Assert.All(Query.Headlines(AccessScope.Everything, 100003).Where(h => h.Measure is not ("Attendance (%)" or "Persistent absence (%)")), h => Assert.Null(h.ProgrammeArea));
        Assert.All(Query.Headlines(AccessScope.Of([], [100003]), 100003), h => Assert.Null(h.ProgrammeArea));
    }

    [Fact]
    public void Its_attendance_stands_beside_its_trusts_other_school_and_englands_primary_figure()
    {
        var other = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = 100002 }));
        var england = Assert.Single(programme.Warehouse.Get<AttendanceBenchmarkQuery>().Run(AccessScope.Everything), b => b is { Phase: "Primary", AcademicYear: "2024/25", Area: AttendanceBenchmark.England });

        var rows = Query.Attendance(AccessScope.Everything, 100001).Where(r => r.Term == "Year to date").ToList();

        Assert.Equal(
            [(AttendanceComparison.School, SchoolName(100001)), (AttendanceComparison.Trust, $"Other schools in {Alpha}"),
                (AttendanceComparison.LocalAuthority, "Camden, primary schools (DfE)"), (AttendanceComparison.England, "England, primary schools (DfE)")],
            rows.Select(r => (r.AreaOrder, r.Area)));
        Assert.Equal((Math.Round(other.AttendanceRate!.Value, 2), other.Enrolments), (rows[1].AttendanceRate, rows[1].N));
        Assert.Equal(Math.Round(england.AttendanceRate, 2), rows[3].AttendanceRate);
    }

    [Fact]
    public void The_attendance_pages_published_rates_are_englands_and_those_of_the_callers_local_authorities_only()
    {
        var query = programme.Warehouse.Get<AttendanceBenchmarkQuery>();

        Assert.Equal(["Camden", AttendanceBenchmark.England], query.Run(AccessScope.Of([Beta], [])).Select(b => b.Area).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([AttendanceBenchmark.England], query.Run(AccessScope.Of([], [999999])).Select(b => b.Area).Distinct());
    }

    [Fact]
    public void A_caller_who_sees_only_the_school_gets_no_trust_figure()
    {
        var rows = Query.Attendance(AccessScope.Of([], [100001]), 100001);

        Assert.Contains(rows, r => r.AreaOrder == AttendanceComparison.School);
        Assert.DoesNotContain(rows, r => r.AreaOrder == AttendanceComparison.Trust);
    }

    [Fact]
    public void A_school_outside_the_callers_scope_has_no_evidence_pack()
    {
        Assert.Null(Evidence.Run(AccessScope.Of([Alpha], []), 100003));
        Assert.Null(Evidence.Run(AccessScope.Everything, 999999));
    }

    [Fact]
    public void The_evidence_pack_holds_only_the_schools_own_figures_each_as_its_page_query_gives_it()
    {
        var pack = Evidence.Run(AccessScope.Of([Beta], []), 100003)!;

        var own = pack.Attendance.Single(r => r.AreaOrder == AttendanceComparison.School);
        var year = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = 100003 }));
        Assert.Equal((year.AttendanceRate, year.Enrolments), (own.AttendanceRate, own.N));
        Assert.All(pack.Attendance, r => Assert.Equal(AttendanceComparison.YearToDate, r.Term));
        // No census is loaded, so each grouping has the one group of pupils whose characteristics are not known.
        Assert.Equal(SchoolEvidenceQuery.Groupings.Select(g => $"{g}: Unknown"), pack.AttendanceByGroup.Select(g => $"{g.Grouping}: {Assert.Single(g.Rows).Group}"));
        Assert.All(pack.AttendanceByGroup, g => Assert.Equal(SchoolName(100003), g.Rows[0].School));
        var questionnaire = Assert.Single(pack.Questionnaires);
        Assert.Equal(["baseline", "endline"], questionnaire.Scale.Select(s => s.Wave));
        Assert.Equal(3.0, questionnaire.Scale[1].MeanScore);
        Assert.NotEmpty(questionnaire.Changes);
        var surveyItems = programme.Warehouse.Get<SurveyItemQuery>();
        var instrument = Assert.Single(surveyItems.Instruments(AccessScope.Everything), i => i.Name == questionnaire.Name).Code;
        Assert.NotEmpty(questionnaire.Items);
        Assert.Equal(surveyItems.Run(AccessScope.Everything, instrument, SurveyItemQuery.Groupings[0], DashboardFilter.None with { School = 100003 }), questionnaire.Items);
        Assert.Equal([(100003, "Creating an inclusive culture")], pack.Audit.Select(a => (a.Urn, a.Area)));
        Assert.All(pack.Suspensions, r => Assert.Equal(100003, r.Urn));
    }

    [Fact]
    public void The_evidence_packs_belonging_by_group_is_the_marts_pupil_scale_score_for_the_school_and_each_group()
    {
        var pack = Evidence.Run(AccessScope.Of([Beta], []), 100003)!;

        Assert.Equal(SchoolEvidenceQuery.Groupings, pack.BelongingByGroup.Select(g => g.Grouping));
        foreach (var grouping in pack.BelongingByGroup)
        {
            var mart = MartRows($"select coalesce(disadvantaged, send, gender), wave, suppressed, respondents, mean_score, mean_low, mean_high from mart_survey_scale where instrument = '{Instrument}' and urn = 100003 and grouping = '{grouping.Grouping}' order by 1, wave_order");
            Assert.Equal(mart, grouping.Rows.Select(r => Cells(r.Group, r.Wave, r.Suppressed, r.Respondents, r.MeanScore, r.MeanLow, r.MeanHigh)));
        }
        var endline = Evidence.Run(AccessScope.Everything, 100003, DashboardFilter.None with { Wave = "endline" })!.BelongingByGroup.SelectMany(g => g.Rows).ToList();
        Assert.NotEmpty(endline);
        Assert.All(endline, r => Assert.Equal("endline", r.Wave));
    }

    [Fact]
    public void The_year_and_wave_chosen_narrow_the_evidence_pack()
    {
        var pack = Evidence.Run(AccessScope.Everything, 100003, DashboardFilter.None with { Year = "2023/24", Wave = "endline" })!;

        Assert.Empty(pack.Attendance);
        Assert.Empty(pack.AttendanceByGroup);
        Assert.Equal(["endline"], pack.Questionnaires.Single().Scale.Select(s => s.Wave));
        Assert.Equal(["endline"], pack.Questionnaires.Single().Items.Select(s => s.Wave).Distinct());
    }

    private List<string> MartRows(string sql)
    {
        using var connection = programme.Warehouse.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(Cells([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]));
        return rows;
    }

    private static string Cells(params object?[] cells) =>
        string.Join('|', cells.Select(c => c is null or DBNull ? "" : Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)));
}
