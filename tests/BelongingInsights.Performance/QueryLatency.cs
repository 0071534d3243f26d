using System.Diagnostics;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace BelongingInsights.Performance;

/// <summary>
/// Times every query a dashboard page runs, through the same typed query services the pages use, each
/// <paramref name="runs"/> times after one warm-up run, and reports the median and 95th percentile.
/// </summary>
public static class QueryLatency
{
    public static IReadOnlyList<QueryTiming> Measure(IServiceProvider services, int runs)
    {
        var schoolTerm = services.GetRequiredService<AttendanceBySchoolTermQuery>();
        var yearToDate = services.GetRequiredService<AttendanceYearToDateQuery>();
        var benchmark = services.GetRequiredService<AttendanceBenchmarkQuery>();
        var byGroup = services.GetRequiredService<AttendanceByGroupQuery>();
        var items = services.GetRequiredService<SurveyItemQuery>();
        var scale = services.GetRequiredService<SurveyScaleQuery>();
        var change = services.GetRequiredService<SurveyItemChangeQuery>();
        var paired = services.GetRequiredService<SurveyPairedQuery>();
        var linked = services.GetRequiredService<BelongingAttendanceQuery>();
        var exclusions = services.GetRequiredService<ExclusionsBySchoolQuery>();
        var exits = services.GetRequiredService<RollExitsQuery>();
        var audit = services.GetRequiredService<AuditByAreaQuery>();
        var dictionary = services.GetRequiredService<DataDictionaryQuery>();
        // Timed as a caller who sees every school: the widest scope, so the most rows.
        var all = AccessScope.Everything;
        var instrument = items.Instruments(all).FirstOrDefault()?.Code ?? "ncb-pupil";

        List<(string Page, string Query, Func<int> Run)> queries =
        [
            ("Attendance", "attendance by school and term", () => schoolTerm.Run(all).Count),
            ("Attendance", "attendance year to date", () => yearToDate.Run(all).Count),
            ("Attendance", "England and local authority benchmarks", () => benchmark.Run(all).Count),
            .. AttendanceByGroupQuery.Groupings.Select(g => ("Pupil groups", $"attendance by {g}", (Func<int>)(() => byGroup.Run(all, g).Count))),
            ("Belonging", "survey instruments", () => items.Instruments(all).Count),
            .. SurveyItemQuery.Groupings.Select(g => ("Belonging", $"items by {g}", (Func<int>)(() => items.Run(all, instrument, g).Count))),
            .. SurveyItemQuery.Groupings.Select(g => ("Belonging", $"scale score by {g}", (Func<int>)(() => scale.Run(all, instrument, g).Count))),
            .. SurveyItemQuery.Groupings.Select(g => ("Belonging", $"item change by {g}", (Func<int>)(() => change.Run(all, instrument, g).Count))),
            ("Belonging", "attrition", () => paired.Attrition(all, instrument).Count),
            ("Belonging", "paired scale change", () => paired.Scale(all, instrument).Count),
            ("Belonging", "paired items (McNemar)", () => paired.Items(all, instrument).Count),
            ("Belonging", "attendance by belonging", () => linked.Pupils(all, instrument).Count),
            ("Belonging", "schools' belonging and attendance", () => linked.Schools(all, instrument).Count),
            ("Exclusions", "exclusions by school", () => exclusions.Run(all).Count),
            .. RollExitsQuery.Groupings.Select(g => ("Leavers", $"exits by {g}", (Func<int>)(() => exits.Run(all, g).Count))),
            ("360 audit", "audit by area", () => audit.Run(all).Count),
            ("Data dictionary", "tables and columns", () => dictionary.Run().Count),
        ];
        return [.. queries.Select(q => Time(q.Page, q.Query, q.Run, runs))];
    }

    private static QueryTiming Time(string page, string query, Func<int> run, int runs)
    {
        var rows = run();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        var percentiles = Percentiles.Of(samples);
        return new QueryTiming(page, query, rows, percentiles.P50Milliseconds, percentiles.P95Milliseconds);
    }
}
