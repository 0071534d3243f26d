namespace BelongingInsights.Etl.Common;

/// <summary>The names the upload API and page use for export kinds (<c>attendance-summary</c>).</summary>
public static class ExportKindNames
{
    private static readonly Dictionary<string, ExportKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["attendance-summary"] = ExportKind.AttendanceSummary,
        ["census"] = ExportKind.Census,
        ["survey"] = ExportKind.Survey,
        ["dfe-attendance"] = ExportKind.DfeAttendance,
        ["dfe-exclusions"] = ExportKind.DfeExclusions,
        ["attendance-marks"] = ExportKind.AttendanceMarks,
        ["schools"] = ExportKind.Schools,
        ["audit"] = ExportKind.Audit,
        ["behaviour"] = ExportKind.Behaviour,
        ["suspensions"] = ExportKind.Suspensions,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string name, out ExportKind kind) => ByName.TryGetValue(name.Trim(), out kind);

    public static string NameOf(ExportKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
