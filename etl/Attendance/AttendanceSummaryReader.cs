using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Attendance.AttendanceSummaryLayouts;

namespace BelongingInsights.Etl.Attendance;

/// <summary>
/// Reads and validates attendance summary rows; rows with errors are logged and not returned. A summary's period comes
/// from its date columns, else from its title rows, else from the period chosen at upload; a file with none is refused.
/// </summary>
public static class AttendanceSummaryReader
{
    public static IEnumerable<AttendanceSummaryRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        if (!ValidRows.HaveSchool(table, SchoolUrn, context, problems))
            return [];
        ReportPeriod? filePeriod = null;
        if (!DatesInRows(table))
        {
            filePeriod = FilePeriod(table, context.Period, problems);
            if (filePeriod is null)
                return [];
        }
        return ValidRows.Distinct(table, problems, row => Validate(row, filePeriod, context, problems), r => (r.PupilKey, r.PeriodStart, r.SchoolUrn),
            PupilUpn, "The same pupil and period already appear at row {0}.");
    }

    /// <summary>Whether the file has both date columns, so each row gives its own period.</summary>
    public static bool DatesInRows(ExportTable table) => table.Columns.Has(PeriodStart) && table.Columns.Has(PeriodEnd);

    /// <summary>
    /// The period of a file without both date columns (from its title rows, else <paramref name="chosen"/> at upload), or
    /// null with the file refused. The upload's preview asks it too, so a missing period is asked for before sending.
    /// </summary>
    public static ReportPeriod? FilePeriod(ExportTable table, ReportPeriod? chosen, ProblemLog problems)
    {
        if (table.Columns.Has(PeriodStart) != table.Columns.Has(PeriodEnd))
        {
            var missing = table.Columns.Has(PeriodStart) ? PeriodEnd : PeriodStart;
            problems.RefuseFile(1, "(header)", $"The file has a {(missing == PeriodEnd ? PeriodStart.Name : PeriodEnd.Name)} column but no {missing.Name} column.");
            return null;
        }
        var period = ReportPeriod.FromTitleRows(table.TitleRows) ?? chosen;
        if (period is null)
        {
            problems.RefuseFile(1, "(file)",
                "The file has no Start date and End date columns and its title does not name a term or date range. "
                + $"Choose the period it covers in the upload's 'period' field: {ReportPeriod.FieldValues}; "
                + "for the inbox folder, put the file in a folder named for its term, such as 'inbox/Autumn 2024-25/', or name the term in the file's name.");
            return null;
        }
        if (period.Problem is { } wrong)
        {
            problems.RefuseFile(1, "(file)", $"{wrong} ({period.FieldText})");
            return null;
        }
        return period;
    }

    private static AttendanceSummaryRecord? Validate(ExportRow row, ReportPeriod? filePeriod, ImportContext context, ProblemLog problems)
    {
        var rejectedBefore = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");

        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var start = filePeriod?.Start ?? Fields.Date(row, PeriodStart, problems);
        var end = filePeriod?.End ?? Fields.Date(row, PeriodEnd, problems);
        if (filePeriod is null && start is { } s && end is { } e && new ReportPeriod(s, e).Problem is { } wrong)
            problems.Reject(row.Line, PeriodEnd.Name, row.Get(PeriodEnd), wrong);

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
