using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Gathers a school's evidence pack from the page queries, each asked for the one school and the caller's scope, so
/// the pack shows exactly what the pages would (and nothing for a school the caller may not see).
/// </summary>
public sealed class SchoolEvidenceQuery(
    SchoolPageQuery school,
    AttendanceByGroupQuery groups,
    SurveyItemQuery items,
    SurveyScaleQuery scale,
    SurveyItemChangeQuery changes,
    ExclusionsBySchoolQuery exclusions,
    RollExitsQuery exits,
    AuditByAreaQuery audit)
{
    /// <summary>The groups whose attendance the pack sets out: those the inspection framework and the programme ask about.</summary>
    public static readonly IReadOnlyList<string> Groupings = ["Disadvantaged", "SEND", "Gender"];

    /// <summary>The school's pack, or null when there is no school with this URN that the caller may see.</summary>
    public SchoolEvidence? Run(AccessScope scope, int urn, DashboardFilter? filter = null)
    {
        filter ??= DashboardFilter.None;
        if (school.Profile(scope, urn, filter) is not { } profile)
            return null;
        var oneSchool = DashboardFilter.None with { School = urn, Year = filter.Year };
        var oneSchoolWave = DashboardFilter.None with { School = urn, Wave = filter.Wave };
        return new SchoolEvidence(
            profile,
            [.. school.Attendance(scope, urn, filter).Where(r => r.Term == AttendanceComparison.YearToDate)],
            [.. Groupings.Select(g => new GroupingAttendance(g, groups.Run(scope, g, oneSchool))).Where(g => g.Rows.Count > 0)],
            [.. items.Instruments(scope)
                .Select(i => new QuestionnaireEvidence(i.Name,
                    scale.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave),
                    changes.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave),
                    items.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave)))
                .Where(q => q.Scale.Count > 0 || q.Changes.Count > 0 || q.Items.Count > 0)],
            [.. exclusions.Run(scope, oneSchool).Where(r => r.CountingWindow == "year to date")],
            exits.Run(scope, RollExitsQuery.Groupings[0], oneSchool),
            audit.Run(scope, DashboardFilter.None with { School = urn }));
    }
}
