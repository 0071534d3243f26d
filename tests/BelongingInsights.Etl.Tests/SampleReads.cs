using System.Text;
using BelongingInsights.Etl.Attendance;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

/// <summary>Reads a sample export the way the import pipeline does, minus the warehouse.</summary>
internal static class SampleReads
{
    public static readonly Pseudonymiser Pseudonymiser = new(Encoding.UTF8.GetBytes("test key"));

    public static (IReadOnlyList<AttendanceSummaryRecord> Records, ProblemLog Problems) ReadAttendanceSummary(string name, int? schoolUrn = null)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("attendance-summary", name), ExportKinds.Layouts, problems);
        if (table is null)
            return ([], problems);
        var records = AttendanceSummaryReader.Read(table, new ImportContext(name, schoolUrn, Pseudonymiser), problems).ToList();
        return (records, problems);
    }

    public static (IReadOnlyList<AttendanceMarkRecord> Records, ProblemLog Problems, string? Layout) ReadAttendanceMarks(string name, int? schoolUrn = 100001)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("attendance-marks", name), ExportKinds.Layouts, problems);
        if (table is null)
            return ([], problems, null);
        var records = AttendanceMarksReader.Read(table, new ImportContext(name, schoolUrn, Pseudonymiser), problems).ToList();
        return (records, problems, $"{ExportKinds.CodeOf(table.Layout.Kind)}/{table.Layout.Name}");
    }
}
