using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Attendance;

/// <summary>The columns of an attendance summary and the names SIMS, Arbor, Bromcom and generic exports give them.</summary>
public static class AttendanceSummaryLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", true, "Unique Pupil Number", "Pupil UPN", "Student UPN");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec SchoolName = new("School name", false, "School", "Establishment", "Establishment name");
    public static readonly ColumnSpec PeriodStart = new("Start date", false, "From", "Date from", "From date", "Period start");
    public static readonly ColumnSpec PeriodEnd = new("End date", false, "To", "Date to", "To date", "Period end");
    public static readonly ColumnSpec Possible = new("Possible sessions", true, "Possible", "Sessions possible", "Possible marks", "Poss");
    public static readonly ColumnSpec Present = new("Present", true, "Present sessions", "Sessions present", "Attended", "Attended sessions");
    public static readonly ColumnSpec ApprovedActivity = new("AEA", false, "Approved educational activity", "Approved edu activity", "AEA sessions");
    public static readonly ColumnSpec Authorised = new("Authorised absence", true, "Authorised", "Authorised absences", "Auth abs", "Authorised absent", "Sessions authorised");
    public static readonly ColumnSpec Unauthorised = new("Unauthorised absence", true, "Unauthorised", "Unauthorised absences", "Unauth abs", "Unauthorised absent", "Sessions unauthorised");

    public static readonly ExportLayout Standard = new(
        ExportKind.AttendanceSummary,
        "standard",
        [PupilUpn, SchoolUrn, SchoolName, PeriodStart, PeriodEnd, Possible, Present, ApprovedActivity, Authorised, Unauthorised]);

    public static IReadOnlyList<ExportLayout> All { get; } = [Standard];
}
