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
    /// <summary>The groups whose attendance and belonging the pack sets out: those the inspection framework and the programme ask about.</summary>
    public static readonly IReadOnlyList<string> Groupings = ["Disadvantaged", "SEND", "Gender"];

    /// <summary>The school's pack, or null when there is no school with this URN that the caller may see.</summary>
    public SchoolEvidence? Run(AccessScope scope, int urn, DashboardFilter? filter = null)
    {
        filter ??= DashboardFilter.None;
        if (school.Profile(scope, urn, filter) is not { } profile)
            return null;
        var oneSchool = DashboardFilter.None with { School = urn, Year = filter.Year };
        var oneSchoolWave = DashboardFilter.None with { School = urn, Wave = filter.Wave };
        var instruments = items.Instruments(scope);
        var pupils = instruments.FirstOrDefault(i => i.Respondent == SurveyInstrumentName.Pupil);
        return new SchoolEvidence(
            profile,
            [.. school.Attendance(scope, urn, filter).Where(r => r.Term == AttendanceComparison.YearToDate && r.AreaOrder != AttendanceComparison.Programme)],
            [.. Groupings.Select(g => new GroupingAttendance(g, groups.Run(scope, g, oneSchool))).Where(g => g.Rows.Count > 0)],
            [.. instruments
                .Select(i => new QuestionnaireEvidence(i.Name,
                    scale.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave),
                    changes.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave),
                    items.Run(scope, i.Code, SurveyItemQuery.Groupings[0], oneSchoolWave)))
                .Where(q => q.Scale.Count > 0 || q.Changes.Count > 0 || q.Items.Count > 0)],
            pupils is null
                ? []
                : [.. Groupings.Select(g => new GroupingScale(g, pupils.Name, [.. scale.Run(scope, pupils.Code, g, oneSchoolWave).Select(r => WithinSchool(r, profile.Name))]))
                    .Where(g => g.Rows.Count > 0)],
            [.. exclusions.Run(scope, oneSchool).Where(r => r.CountingWindow == "year to date")],
            exits.Run(scope, RollExitsQuery.Groupings[0], oneSchool),
            audit.Run(scope, DashboardFilter.None with { School = urn }));
    }

    /// <summary>A school's group row named by its pupil group alone ("Disadvantaged", not "School · Disadvantaged"), as the pack is about the one school.</summary>
    private static ScaleResult WithinSchool(ScaleResult row, string school) =>
        row with { Group = row.Group.StartsWith(school + " · ", StringComparison.Ordinal) ? row.Group[(school.Length + 3)..] : row.Group };
}
