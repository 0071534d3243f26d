using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// The columns of a suspensions and permanent exclusions export and the names SIMS, Arbor, Bromcom and generic
/// exports give them. Length comes as sessions or as school days (converted to sessions, two a day).
/// </summary>
public static class SuspensionLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", true, "Unique Pupil Number", "Pupil UPN", "Student UPN");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec StartDate = new("Start date", true,
        "Exclusion start date", "Suspension start date", "Exclusion start", "Suspension start", "Date of exclusion", "Exclusion date", "Suspension date", "Date excluded");
    public static readonly ColumnSpec Category = new("Category", true,
        "Exclusion category", "Exclusion type", "Suspension type", "Type of exclusion", "Type", "Exclusion kind", "Sanction type");
    public static readonly ColumnSpec Sessions = new("Sessions", false,
        "Number of sessions", "Total sessions", "Sessions lost", "Length (sessions)", "Duration (sessions)", "No of sessions", "Actual sessions");
    public static readonly ColumnSpec Days = new("Days", false,
        "Number of days", "Total days", "Length (days)", "Duration (days)", "Length", "Duration", "School days", "No of days", "Days excluded");
    public static readonly ColumnSpec Reason1 = new("Reason 1", true,
        "Reason", "Reason code", "Exclusion reason", "Suspension reason", "Main reason", "Primary reason", "Reason 1 code", "First reason");
    public static readonly ColumnSpec Reason2 = new("Reason 2", false, "Reason 2 code", "Second reason", "Secondary reason");
    public static readonly ColumnSpec Reason3 = new("Reason 3", false, "Reason 3 code", "Third reason");

    public static readonly ExportLayout Standard = new(
        ExportKind.Suspensions,
        "standard",
        [PupilUpn, SchoolUrn, StartDate, Category, Sessions, Days, Reason1, Reason2, Reason3]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
