using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The filter bar's choices applied in each page query's SQL (row_in_filter) over <see cref="ScopedProgramme"/>: a chosen
/// school or trust leaves only its schools' rows, within the caller's scope; a time filter leaves only its rows.
/// </summary>
public sealed class DashboardFilterTests(ScopedProgramme programme)
{
    /// <summary>Each query a page runs, with the filter, naming each row by the school it describes (aggregates by their area).</summary>
    private static readonly Dictionary<string, Func<WarehouseHarness, AccessScope, DashboardFilter, IEnumerable<string>>> Queries = new()
    {
        ["attendance by school and term"] = (w, s, f) => w.Get<AttendanceBySchoolTermQuery>().Run(s, f).Select(r => r.SchoolName),
        ["attendance year to date"] = (w, s, f) => w.Get<AttendanceYearToDateQuery>().Run(s, f).Select(r => r.SchoolName),
        ["attendance by group"] = (w, s, f) => w.Get<AttendanceByGroupQuery>().Run(s, "All pupils", f).Select(r => r.School ?? AllSchools),
        ["exclusions"] = (w, s, f) => w.Get<ExclusionsBySchoolQuery>().Run(s, f).Select(r => r.SchoolName),
        ["360 audit"] = (w, s, f) => w.Get<AuditByAreaQuery>().Run(s, f).Select(r => r.SchoolName),
        ["leavers"] = (w, s, f) => w.Get<RollExitsQuery>().Run(s, "All pupils", f).Where(r => r.AreaLevel != "Trust").Select(r => r.Area),
        ["survey items"] = (w, s, f) => w.Get<SurveyItemQuery>().Run(s, Instrument, "All respondents", f).Select(r => r.Group is { Length: > 0 } g ? g : AllSchools),
        ["survey scale"] = (w, s, f) => w.Get<SurveyScaleQuery>().Run(s, Instrument, "All respondents", f).Select(r => r.Group is { Length: > 0 } g ? g : AllSchools),
        ["survey item change"] = (w, s, f) => w.Get<SurveyItemChangeQuery>().Run(s, Instrument, "All respondents", f).Select(r => r.Group is { Length: > 0 } g ? g : AllSchools),
        ["schools' belonging and attendance"] = (w, s, f) => w.Get<BelongingAttendanceQuery>().Schools(s, Instrument, f).Select(r => r.School),
    };

    public static TheoryData<string> QueryNames() => [.. Queries.Keys];

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Choosing_a_school_leaves_only_that_schools_rows(string query)
    {
        var areas = Queries[query](programme.Warehouse, AccessScope.Everything, DashboardFilter.None with { School = 100003 }).Distinct();

        Assert.Equal([SchoolName(100003)], areas);
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Choosing_a_trust_leaves_only_its_schools_rows_and_none_over_every_school(string query)
    {
        var areas = Queries[query](programme.Warehouse, AccessScope.Everything, DashboardFilter.None with { Trust = Alpha }).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal([SchoolName(100001), SchoolName(100002)], areas);
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void A_school_outside_the_callers_scope_gives_nothing(string query)
    {
        var areas = Queries[query](programme.Warehouse, AccessScope.Of([Alpha], []), DashboardFilter.None with { School = 100003 });

        Assert.Empty(areas);
    }

    [Fact]
    public void Choosing_a_wave_leaves_only_that_waves_results()
    {
        var query = programme.Warehouse.Get<SurveyItemQuery>();

        var waves = query.Run(AccessScope.Everything, Instrument, "All respondents", DashboardFilter.None with { Wave = "endline" }).Select(r => r.Wave).Distinct();

        Assert.Equal(["endline"], waves);
        Assert.Contains("baseline", query.Run(AccessScope.Everything, Instrument, "All respondents").Select(r => r.Wave));
    }

    [Fact]
    public void A_filter_a_query_does_not_honour_is_ignored_rather_than_emptying_it()
    {
        var query = programme.Warehouse.Get<AuditByAreaQuery>();

        var filtered = query.Run(AccessScope.Everything, DashboardFilter.None with { Wave = "no such wave", Year = "1999/00", Term = "No such term" });

        Assert.Equal(query.Run(AccessScope.Everything), filtered);
    }

    [Fact]
    public void Choosing_a_year_the_programme_has_no_figures_for_leaves_no_attendance()
    {
        var years = programme.Warehouse.Get<FilterChoicesQuery>().Run(AccessScope.Everything).Where(c => c.Field == "year").Select(c => c.Value).ToList();
        var query = programme.Warehouse.Get<AttendanceYearToDateQuery>();

        Assert.NotEmpty(years);
        Assert.All(years, year => Assert.All(query.Run(AccessScope.Everything, DashboardFilter.None with { Year = year }), r => Assert.Equal(year, r.AcademicYear)));
        Assert.Empty(query.Run(AccessScope.Everything, DashboardFilter.None with { Year = "1999/00" }));
    }
}
