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

/// <summary>
/// Every export kind, once: the upload page's choices, the API's kind check, the header recognition and the generated
/// docs/export-kinds.md all read this list. Its order is the order layouts are tried in, so on a tie between two
/// layouts' matched columns the earlier kind wins.
/// </summary>
public static class ExportKinds
{
    public static IReadOnlyList<ExportKindDefinition> All { get; } =
    [
        new(ExportKind.AttendanceSummary, "attendance-summary", "Attendance summary", AttendanceSummaryLayouts.All),
        new(ExportKind.AttendanceMarks, "attendance-marks", "Attendance session marks", AttendanceMarksLayouts.All),
        new(ExportKind.Census, "census", "Pupil characteristics (census)", CensusLayouts.All),
        new(ExportKind.Survey, "survey", "Survey responses", SurveyLayouts.All),
        new(ExportKind.DfeAttendance, "dfe-attendance", "Attendance (DfE statistics)", [DfeReleases.Attendance.Layout]) { NeedsEverySchool = true },
        new(ExportKind.DfeExclusions, "dfe-exclusions", "Exclusions (DfE statistics)", [DfeReleases.Exclusions.Layout]) { NeedsEverySchool = true },
        new(ExportKind.Schools, "schools", "School list", SchoolLayouts.All) { NeedsEverySchool = true },
        new(ExportKind.Audit, "audit", "School 360 audit", AuditLayouts.All),
        new(ExportKind.Behaviour, "behaviour", "Behaviour incidents", BehaviourLayouts.All),
        new(ExportKind.Suspensions, "suspensions", "Suspensions and permanent exclusions", SuspensionLayouts.All),
    ];

    /// <summary>Every layout of every kind, so a file's kind can be recognised from its header.</summary>
    public static IReadOnlyList<ExportLayout> Layouts { get; } = [.. All.SelectMany(kind => kind.Layouts)];

    public static ExportKindDefinition Of(ExportKind kind) => All.Single(definition => definition.Kind == kind);

    public static string CodeOf(ExportKind kind) => Of(kind).Code;

    public static bool TryParse(string code, out ExportKind kind)
    {
        var found = Find(code);
        kind = found?.Kind ?? default;
        return found is not null;
    }

    /// <summary>The words a page shows for a kind's code; a code that names no kind (a refused request) as it was given.</summary>
    public static string TitleOf(string code) => Find(code)?.Title ?? code;

    private static ExportKindDefinition? Find(string code) =>
        All.FirstOrDefault(definition => string.Equals(definition.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The layouts a file may have: the chosen kind's, or every kind's when none was chosen.</summary>
    public static IReadOnlyList<ExportLayout> LayoutsFor(ExportKind? kind) => kind is { } k ? Of(k).Layouts : Layouts;

    /// <summary>Why a requested kind was refused, naming the codes that would be accepted.</summary>
    public static string NotAKind(string requested) =>
        $"'{requested}' is not an export kind. Use one of: {string.Join(", ", All.Select(definition => definition.Code))}.";
}
