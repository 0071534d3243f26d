using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>A school's page and evidence pack over <see cref="ScopedProgramme"/>: its profile, headline figures, attendance comparison and pack, against the other queries' figures and the scope.</summary>
public sealed class SchoolPageQueryTests(ScopedProgramme programme)
{
    private SchoolPageQuery Query => programme.Warehouse.Get<SchoolPageQuery>();

    private OverviewTilesQuery Tiles => programme.Warehouse.Get<OverviewTilesQuery>();

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
    public void The_headlines_are_the_overviews_tiles_for_the_school_alone_each_first_and_latest_with_the_change_and_n()
    {
        var year = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = 100003 }));
        var questionnaire = Assert.Single(programme.Warehouse.Get<SurveyItemQuery>().Instruments(AccessScope.Everything), i => i.Code == Instrument).Name;

        var headlines = Query.Headlines(AccessScope.Everything, 100003);

        Assert.Equal([$"\"I feel like I belong\": % positive, {questionnaire}", $"Belonging scale score (1 to 4), {questionnaire}", "Attendance (%)"],
            headlines.Take(3).Select(h => h.Measure));
        Assert.Equal(Tiles.Run(AccessScope.Everything, DashboardFilter.None with { School = 100003 }, Instrument), headlines.SelectMany(h => h.School));
        var attendance = Assert.Single(headlines.Single(h => h.Measure == "Attendance (%)").School);
        Assert.Equal((Math.Round(year.AttendanceRate!.Value, 2), year.Enrolments, year.AcademicYear), (attendance.Value, attendance.N, attendance.Period));
        var belong = headlines[0].School;
        Assert.Equal(["baseline", "endline"], belong.Select(t => t.Period));
        Assert.Equal(Math.Round(belong[1].Value!.Value - belong[0].Value!.Value, 2), belong[1].Change);
        Assert.True(belong[1].ChangeLow < belong[1].Change && belong[1].Change < belong[1].ChangeHigh, "The change lies inside its interval.");
        Assert.All(headlines.SelectMany(h => h.School), t => Assert.True(t.Low <= t.Value && t.Value <= t.High, $"{t.Measure} {t.Period} lies inside its interval."));
        Assert.Equal(["endline", "endline"], Query.Headlines(AccessScope.Everything, 100003, DashboardFilter.None with { Wave = "endline", Year = "2023/24" })
            .SelectMany(h => h.School).Select(t => t.Period));
    }

    [Fact]
    public void Beside_each_headline_stand_its_trusts_and_all_schools_figures_as_the_overview_gives_them_to_the_same_caller()
    {
        var beta = AccessScope.Of([Beta], []);
        IEnumerable<OverviewTile> Expected(AccessScope scope, DashboardFilter filter, SchoolHeadline headline) =>
            Tiles.Run(scope, filter, Instrument).Where(t => t.Measure == headline.School[0].Measure);

        var everything = Query.Headlines(AccessScope.Everything, 100003);
        var trusts = Query.Headlines(beta, 100003);

        Assert.Equal(6, everything.Count);
        Assert.All(everything, h =>
        {
            Assert.Equal(($"All schools of {Beta}", "All schools"), (h.Trust!.Area, h.Programme!.Area));
            Assert.Equal(Expected(AccessScope.Everything, DashboardFilter.None with { Trust = Beta }, h), h.Trust.Tiles);
            Assert.Equal(Expected(AccessScope.Everything, DashboardFilter.None, h), h.Programme.Tiles);
            Assert.NotEmpty(h.Programme.Tiles);
            Assert.All(h.Trust.Tiles.Concat(h.Programme.Tiles), t => Assert.True(t.WholeView));
        });
        Assert.NotEqual(everything[2].Trust!.Tiles, everything[2].Programme!.Tiles);
        Assert.All(trusts, h =>
        {
            Assert.Equal($"All schools of {Beta}", h.Trust!.Area);
            Assert.Equal(Expected(beta, DashboardFilter.None, h), h.Trust.Tiles);
            Assert.NotEmpty(h.Trust.Tiles);
            Assert.Null(h.Programme);
        });
    }

    [Fact]
    public void A_schools_own_user_and_one_who_sees_only_part_of_its_trust_get_no_figure_beside_the_schools()
    {
        foreach (var scope in new[] { AccessScope.Of([], [100003]), AccessScope.Of([Alpha], [100003]), AccessScope.Of([], [100003, 100004]) })
        {
            var headlines = Query.Headlines(scope, 100003);

            Assert.NotEmpty(headlines);
            Assert.All(headlines, h => Assert.Equal((null, null), (h.Trust, h.Programme)));
        }
    }

    [Fact]
    public void Its_attendance_stands_beside_its_trusts_other_school_and_englands_primary_figure()
    {
        var other = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = 100002 }));
        var england = Assert.Single(programme.Warehouse.Get<AttendanceBenchmarkQuery>().Run(AccessScope.Everything), b => b is { Phase: "Primary", AcademicYear: "2024/25", Area: AttendanceBenchmark.England });

        var rows = Query.Attendance(AccessScope.Everything, 100001).Where(r => r.Term == "Year to date").ToList();

        Assert.Equal(
            [(AttendanceComparison.School, SchoolName(100001)), (AttendanceComparison.Trust, $"Other schools in {Alpha}"),
                (AttendanceComparison.LocalAuthority, "Camden, primary schools (DfE)"), (AttendanceComparison.England, "England, primary schools (DfE)"),
                (AttendanceComparison.Programme, AllSchools)],
            rows.Select(r => (r.AreaOrder, r.Area)));
        Assert.Equal((Math.Round(other.AttendanceRate!.Value, 2), other.Enrolments), (rows[1].AttendanceRate, rows[1].N));
        Assert.Equal(Math.Round(england.AttendanceRate, 2), rows[3].AttendanceRate);
        var programmeTile = Assert.Single(Tiles.Run(AccessScope.Everything), t => t.Measure == "Attendance (%)");
        Assert.Equal((programmeTile.Value, programmeTile.N), (rows[4].AttendanceRate, rows[4].N));
    }

    [Fact]
    public void The_attendance_pages_published_rates_are_englands_and_those_of_the_callers_local_authorities_only()
    {
        var query = programme.Warehouse.Get<AttendanceBenchmarkQuery>();

        Assert.Equal(["Camden", AttendanceBenchmark.England], query.Run(AccessScope.Of([Beta], [])).Select(b => b.Area).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([AttendanceBenchmark.England], query.Run(AccessScope.Of([], [999999])).Select(b => b.Area).Distinct());
    }

    [Fact]
    public void A_caller_who_sees_only_the_school_gets_no_trust_or_programme_figure()
    {
        var rows = Query.Attendance(AccessScope.Of([], [100001]), 100001);

        Assert.Contains(rows, r => r.AreaOrder == AttendanceComparison.School);
        Assert.DoesNotContain(rows, r => r.AreaOrder is AttendanceComparison.Trust or AttendanceComparison.Programme);
        Assert.Equal([$"All schools of {Alpha}"], Query.Attendance(AccessScope.Of([Alpha], []), 100001)
            .Where(r => r.AreaOrder == AttendanceComparison.Programme).Select(r => r.Area).Distinct());
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
