using BelongingInsights.Etl.Attendance;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Audit;
using BelongingInsights.Etl.Behaviour;
using BelongingInsights.Etl.Benchmarks;
using BelongingInsights.Etl.Census;
using BelongingInsights.Etl.Schools;
using BelongingInsights.Etl.Survey;
using BelongingInsights.Etl.Suspensions;

namespace BelongingInsights.Etl.Common;

/// <summary>Every layout of every export kind, so a file's kind can be detected from its header.</summary>
public static class ExportCatalog
{
    public static IReadOnlyList<ExportLayout> All { get; } = [.. AttendanceSummaryLayouts.All, .. AttendanceMarksLayouts.All, .. CensusLayouts.All, .. SurveyLayouts.All, .. DfeReleases.Layouts, .. SchoolLayouts.All, .. AuditLayouts.All, .. BehaviourLayouts.All, .. SuspensionLayouts.All];

    public static IReadOnlyList<ExportLayout> LayoutsFor(ExportKind? kind) =>
        kind is { } k ? [.. All.Where(layout => layout.Kind == k)] : All;
}
