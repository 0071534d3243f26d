using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Attendance.AttendanceSummaryLayouts;

namespace BelongingInsights.Etl.Attendance;

/// <summary>Reads and validates attendance summary rows; rows with errors are logged and not returned.</summary>
public static class AttendanceSummaryReader
{
    public static IEnumerable<AttendanceSummaryRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        if (!table.Columns.Has(SchoolUrn) && context.SchoolUrn is null)
        {
            problems.RefuseFile(1, SchoolUrn.Name, "The file has no URN column: choose the school when you upload it.");
            yield break;
        }
        var seen = new Dictionary<(string Pupil, DateOnly Start, int Urn), int>();
        foreach (var row in table.Rows())
        {
            var record = Validate(row, context, problems);
            if (record is null)
                continue;
            var key = (record.PupilKey, record.PeriodStart, record.SchoolUrn);
            if (seen.TryGetValue(key, out var firstLine))
            {
                problems.Reject(row.Line, PupilUpn.Name, null, $"The same pupil and period already appear at row {firstLine}.");
                continue;
            }
            seen[key] = row.Line;
            yield return record;
        }
    }

    private static AttendanceSummaryRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var rejectedBefore = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");

        var urn = ReadUrn(row, context, problems);
        var start = ReadDate(row, PeriodStart, problems);
        var end = ReadDate(row, PeriodEnd, problems);
        if (start is { } s && end is { } e)
        {
            if (e < s)
                problems.Reject(row.Line, PeriodEnd.Name, row.Get(PeriodEnd), "The period ends before it starts.");
            else if (UkDates.AcademicYearOf(s) != UkDates.AcademicYearOf(e))
                problems.Reject(row.Line, PeriodEnd.Name, row.Get(PeriodEnd), "The period crosses into another academic year (September to August).");
        }

        var possible = ReadCount(row, Possible, problems);
        var present = ReadCount(row, Present, problems);
        var aea = row.Get(ApprovedActivity).Length == 0 ? 0 : ReadCount(row, ApprovedActivity, problems);
        var authorised = ReadCount(row, Authorised, problems);
        var unauthorised = ReadCount(row, Unauthorised, problems);
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

    private static int? ReadUrn(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var text = row.Get(SchoolUrn);
        if (text.Length == 0)
        {
            if (context.SchoolUrn is null)
                problems.Reject(row.Line, SchoolUrn.Name, null, "The school URN is empty.");
            return context.SchoolUrn;
        }
        if (int.TryParse(text, out var urn) && urn is >= 100000 and <= 999999)
            return urn;
        problems.Reject(row.Line, SchoolUrn.Name, text, "A URN is a 6-digit number.");
        return null;
    }

    private static DateOnly? ReadDate(ExportRow row, ColumnSpec column, ProblemLog problems)
    {
        var text = row.Get(column);
        if (UkDates.TryParse(text, out var date))
            return date;
        problems.Reject(row.Line, column.Name, text, text.Length == 0 ? "The date is empty." : "Not a date: use dd/mm/yyyy or yyyy-mm-dd.");
        return null;
    }

    private static int? ReadCount(ExportRow row, ColumnSpec column, ProblemLog problems)
    {
        var text = row.Get(column);
        if (int.TryParse(text, out var count) && count >= 0)
            return count;
        problems.Reject(row.Line, column.Name, text, text.Length == 0 ? "The count is empty." : "Not a whole number of sessions.");
        return null;
    }
}
