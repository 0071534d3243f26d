using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Every query a page runs, for every kind of caller, over <see cref="ScopedProgramme"/>: each row is named by the area it
/// describes (a school's name, a trust, or All schools), and a caller must get exactly the areas of its scope.
/// </summary>
public sealed class ScopedQueryTests(ScopedProgramme programme)
{
    /// <summary>
    /// A query as a page runs it, the areas its rows describe, and which areas it returns to a caller who sees every
    /// school: each school, the trusts it has aggregates for, and whether it has an aggregate over all schools; and whether a
    /// caller who may see no aggregate (a school's) gets its own schools' rows instead.
    /// </summary>
    private sealed record ScopedQuery(
        Func<WarehouseHarness, AccessScope, IEnumerable<string>> Areas, bool Schools, string[] Trusts, bool Programme, bool OwnSchoolsWithoutAggregates = false);

    private static readonly string[] EveryTrust = [Alpha, Beta, NoTrust];

    private static readonly Dictionary<string, ScopedQuery> Queries = new()
    {
        ["attendance by school and term"] = new((w, scope) => w.Get<AttendanceBySchoolTermQuery>().Run(scope).Select(r => r.SchoolName), true, [], false),
        ["attendance year to date"] = new((w, scope) => w.Get<AttendanceYearToDateQuery>().Run(scope).Select(r => r.SchoolName), true, [], false),
        ["attendance by group"] = new((w, scope) => GroupAreas(w.Get<AttendanceByGroupQuery>(), scope), false, EveryTrust, true, OwnSchoolsWithoutAggregates: true),
        ["360 audit"] = new((w, scope) => w.Get<AuditByAreaQuery>().Run(scope).Select(r => r.SchoolName), true, [], false),
        ["exclusions"] = new((w, scope) => w.Get<ExclusionsBySchoolQuery>().Run(scope).Select(r => r.SchoolName), true, [], false),
        ["leavers"] = new((w, scope) => w.Get<RollExitsQuery>().Run(scope, "All pupils").Select(r => r.Area), true, EveryTrust, true),
        ["survey items"] = new((w, scope) => Aggregates(w.Get<SurveyItemQuery>().Run(scope, Instrument, "All respondents"),
            w.Get<SurveyItemQuery>().Run(scope, Instrument, "Trust"), r => r.Group), false, EveryTrust, true, OwnSchoolsWithoutAggregates: true),
        ["survey scale"] = new((w, scope) => Aggregates(w.Get<SurveyScaleQuery>().Run(scope, Instrument, "All respondents"),
            w.Get<SurveyScaleQuery>().Run(scope, Instrument, "Trust"), r => r.Group), false, EveryTrust, true, OwnSchoolsWithoutAggregates: true),
        ["survey item change"] = new((w, scope) => Aggregates(w.Get<SurveyItemChangeQuery>().Run(scope, Instrument, "All respondents"), [], r => r.Group),
            false, [], true, OwnSchoolsWithoutAggregates: true),
        ["survey attrition"] = new((w, scope) => w.Get<SurveyPairedQuery>().Attrition(scope, Instrument).Select(r => r.School), true, [], true),
        ["paired scale change"] = new((w, scope) => w.Get<SurveyPairedQuery>().Scale(scope, Instrument).Select(r => r.School), true, [], true),
        ["paired items"] = new((w, scope) => w.Get<SurveyPairedQuery>().Items(scope, Instrument).Select(_ => AllSchools), false, [], true),
        ["attendance by belonging"] = new((w, scope) => w.Get<BelongingAttendanceQuery>().Pupils(scope, Instrument).Select(_ => AllSchools), false, [], true),
        ["coverage"] = new((w, scope) => w.Get<CoverageQuery>().Run(scope).Select(r => r.School), true, [], false),
        ["schools to choose"] = new((w, scope) => w.Get<SchoolChoicesQuery>().Run(scope).Select(r => r.Name), true, [], false),
        ["filter bar's schools"] = new((w, scope) => w.Get<FilterChoicesQuery>().Run(scope).Where(c => c.Field == "school").Select(c => c.Label), true, [], false),
        ["school pages"] = new((w, scope) => ScopedProgramme.Schools.Where(s => w.Get<SchoolPageQuery>().Profile(scope, s.Urn) is not null
            || w.Get<SchoolPageQuery>().Headlines(scope, s.Urn).Count > 0 || w.Get<SchoolPageQuery>().Attendance(scope, s.Urn).Count > 0)
            .Select(s => SchoolName(s.Urn)), true, [], false),
        ["schools' belonging and attendance"] = new((w, scope) => w.Get<BelongingAttendanceQuery>().Schools(scope, Instrument).Select(r => r.School), true, [], false),
    };

    private static readonly Dictionary<string, AccessScope> Callers = new()
    {
        ["every school"] = AccessScope.Everything,
        ["Alpha's trust"] = AccessScope.Of([Alpha], []),
        ["a school of Beta"] = AccessScope.Of([], [100003]),
        ["the maintained school"] = AccessScope.Of([], [100005]),
        ["nobody signed in"] = AccessScope.Nothing,
    };

    public static TheoryData<string, string> QueriesAndCallers()
    {
        var data = new TheoryData<string, string>();
        foreach (var query in Queries.Keys)
            foreach (var caller in Callers.Keys)
                data.Add(query, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(QueriesAndCallers))]
    public void A_caller_gets_the_rows_of_exactly_the_schools_and_aggregates_its_scope_covers(string query, string caller)
    {
        var scoped = Queries[query];
        var scope = Callers[caller];

        var areas = scoped.Areas(programme.Warehouse, scope).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Expected(scoped, scope), areas);
    }

    [Theory]
    [InlineData("every school", true)]
    [InlineData("Alpha's trust", true)]
    [InlineData("the maintained school", true)]
    [InlineData("nobody signed in", false)]
    public void The_instrument_list_names_only_instruments_with_results_the_caller_may_see(string caller, bool listed)
    {
        var instruments = programme.Warehouse.Get<SurveyItemQuery>().Instruments(Callers[caller]);

        Assert.Equal(listed ? [Instrument] : [], instruments.Select(i => i.Code));
    }

    /// <summary>
    /// What the scope rule gives: every area for a caller who sees every school; a trust's schools and its own trust
    /// aggregate; a school's own rows; never an aggregate over all schools to a caller who does not see them all.
    /// </summary>
    private static IEnumerable<string> Expected(ScopedQuery query, AccessScope scope)
    {
        var schools = ScopedProgramme.Schools
            .Where(s => scope.AllSchools || scope.Urns.Contains(s.Urn) || scope.Trusts.Contains(s.Trust))
            .Select(s => SchoolName(s.Urn));
        var trusts = query.Trusts.Where(t => scope.AllSchools || scope.Trusts.Contains(t));
        string[] programmeWide = query.Programme && scope.AllSchools ? [AllSchools] : [];
        var ownSchools = query.OwnSchoolsWithoutAggregates && !scope.AllSchools && scope.Trusts.Count == 0;
        return [.. (query.Schools || ownSchools ? schools : []).Concat(trusts).Concat(programmeWide).Order(StringComparer.Ordinal)];
    }

    /// <summary>The areas of the attendance groups: a school's rows name it; otherwise as <see cref="Aggregates"/>.</summary>
    private static IEnumerable<string> GroupAreas(AttendanceByGroupQuery query, AccessScope scope) =>
        query.Run(scope, "All pupils").Select(r => r.School ?? AllSchools).Concat(query.Run(scope, "Trust").Select(r => r.School ?? r.Group));

    /// <summary>
    /// The areas of a grouped query's rows: all schools for the rows of every pupil (or, for a school's caller, each of
    /// its schools, which name those rows), each trust for the rows by trust.
    /// </summary>
    private static IEnumerable<string> Aggregates<T>(IEnumerable<T> everyone, IEnumerable<T> byTrust, Func<T, string> group) =>
        everyone.Select(r => group(r) is { Length: > 0 } school ? school : AllSchools).Concat(byTrust.Select(group));
}
