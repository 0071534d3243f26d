using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// The two shapes of a session-marks export. Long: a row per pupil per session (SIMS "Date, Session Name, Mark",
/// Wonde "date, session, attendance_code", Bromcom "Session Date, Session, Attendance Mark", Arbor "Date,
/// Session, Mark Code"). Wide: a row per pupil and a column per session headed like <c>Mon 02/09 AM</c>.
/// </summary>
public static class AttendanceMarksLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", true, "Unique Pupil Number", "Pupil UPN", "Student UPN", "upn_number");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN", "Establishment URN");
    public static readonly ColumnSpec SchoolName = new("School name", false, "School", "Establishment", "Establishment name");
    public static readonly ColumnSpec SessionDate = new("Date", true, "Session Date", "Attendance Date", "Mark Date", "Register Date");
    public static readonly ColumnSpec Session = new("Session", true, "Session Name", "AM/PM", "Session Type");
    public static readonly ColumnSpec Mark = new("Mark", true, "attendance_code", "Attendance Mark", "Mark Code", "Code", "Attendance Code");

    public static readonly ExportLayout Long = new(
        ExportKind.AttendanceMarks, "long", [PupilUpn, SchoolUrn, SchoolName, SessionDate, Session, Mark]);

    public static readonly ExportLayout Wide = new(
        ExportKind.AttendanceMarks, "wide", [PupilUpn, SchoolUrn, SchoolName],
        Recognises: header => header.Any(cell => SessionHeader.TryParse(cell, out _)));

    public static IReadOnlyList<ExportLayout> All { get; } = [Long, Wide];
}
