using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Attendance.AttendanceSummaryLayouts;

namespace BelongingInsights.Etl.Attendance;

/// <summary>Reads and validates attendance summary rows; rows with errors are logged and not returned.</summary>
public static class AttendanceSummaryReader
{
    public static IEnumerable<AttendanceSummaryRecord> Read(ExportTable table, ImportContext context, ProblemLog problems) =>
        ValidRows.HaveSchool(table, SchoolUrn, context, problems)
            ? ValidRows.Distinct(table, problems, row => Validate(row, context, problems), r => (r.PupilKey, r.PeriodStart, r.SchoolUrn),
                PupilUpn, "The same pupil and period already appear at row {0}.")
            : [];

    private static AttendanceSummaryRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var rejectedBefore = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");

        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var start = Fields.Date(row, PeriodStart, problems);
        var end = Fields.Date(row, PeriodEnd, problems);
        if (start is { } s && end is { } e)
        {
            if (e < s)
                problems.Reject(row.Line, PeriodEnd.Name, row.Get(PeriodEnd), "The period ends before it starts.");
            else if (UkDates.AcademicYearOf(s) != UkDates.AcademicYearOf(e))
                problems.Reject(row.Line, PeriodEnd.Name, row.Get(PeriodEnd), "The period crosses into another academic year (September to August).");
        }

        var possible = Fields.Count(row, Possible, problems);
        var present = Fields.Count(row, Present, problems);
        var aea = row.Get(ApprovedActivity).Length == 0 ? 0 : Fields.Count(row, ApprovedActivity, problems);
        var authorised = Fields.Count(row, Authorised, problems);
        var unauthorised = Fields.Count(row, Unauthorised, problems);
        if (possible is { } p && present is { } pr && aea is { } a && authorised is { } au && unauthorised is { } un)
        {
            if (au + un > p)
                problems.Reject(row.Line, Possible.Name, row.Get(Possible), $"Absence ({au + un} sessions) is more than the possible sessions ({p}).");
            else if (pr + a + au + un != p)
                problems.Reject(row.Line, Possible.Name, row.Get(Possible),
                    $"Present, AEA and absence add up to {pr + a + au + un} sessions, not the {p} possible sessions.");
        }

        if (problems.QuarantinedRows != rejectedBefore)
            return null;
        var name = row.Get(SchoolName);
        return new AttendanceSummaryRecord(
            row.Line, context.Pseudonymiser.PupilKey(upn.Normalised), urn!.Value, name.Length == 0 ? null : name,
            start!.Value, end!.Value, possible!.Value, present!.Value, aea!.Value, authorised!.Value, unauthorised!.Value);
    }
}
