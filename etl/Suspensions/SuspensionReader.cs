using System.Globalization;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Suspensions.SuspensionLayouts;

namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// Reads and validates suspensions and permanent exclusions. Length in days becomes sessions (one day is two
/// sessions; half days allowed); a lunchtime suspension with no length counts as one session (half a day).
/// Reasons are mapped to DfE codes; an unknown local code is kept as exported, counted as OT, with a warning.
/// </summary>
public static class SuspensionReader
{
    /// <summary>A pupil may be suspended for at most 45 school days in a year, so no one suspension is longer.</summary>
    public const int MaxSuspensionSessions = 90;

    /// <summary>Suspensions are often recorded a few days before they start.</summary>
    private const int DaysAhead = 31;

    private static readonly DateOnly OtherWithdrawn = new(2020, 9, 1);

    public static IEnumerable<SuspensionRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        if (!ValidRows.HaveSchool(table, SchoolUrn, context, problems))
            return [];
        if (!table.Columns.Has(Sessions) && !table.Columns.Has(Days))
        {
            problems.RefuseFile(1, Sessions.Name, "The file has no column for the length of each suspension: add Sessions or Days.");
            return [];
        }
        return ValidRows.Distinct(table, problems, row => Validate(row, context, problems), r => (r.PupilKey, r.SchoolUrn, r.StartDate, r.Category),
            PupilUpn, "The same pupil, start date and category already appear at row {0}.");
    }

    private static SuspensionRecord? Validate(ExportRow row, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        var upn = Upn.Check(row.Get(PupilUpn));
        if (!upn.IsValid)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        else if (upn.IsTemporary)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");
        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var start = EventDates.Plausible(row, StartDate, context, DaysAhead, problems);
        var category = ExclusionCategory.Parse(row.Get(Category));
        if (category is null)
            problems.Reject(row.Line, Category.Name, row.Get(Category), "Expected a suspension (FIXD, fixed term), permanent exclusion (PERM) or lunchtime suspension (LNCH).");
        var sessions = category is null ? null : Length(row, category, problems);
        var reasons = Reasons(row, start, problems);

        if (problems.QuarantinedRows != before)
            return null;
        return new SuspensionRecord(row.Line, context.Pseudonymiser.PupilKey(upn.Normalised), urn!.Value, start!.Value, category!, sessions, reasons);
    }

    private static int? Length(ExportRow row, string category, ProblemLog problems)
    {
        var sessionsText = row.Get(Sessions);
        var daysText = row.Get(Days);
        int? sessions;
        if (sessionsText.Length > 0)
        {
            if (!int.TryParse(sessionsText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problems.Reject(row.Line, Sessions.Name, sessionsText, "Not a whole number of sessions.");
                return null;
            }
            sessions = value;
        }
        else if (daysText.Length > 0)
        {
            if (!decimal.TryParse(daysText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days) || days * 2 != decimal.Truncate(days * 2))
            {
                problems.Reject(row.Line, Days.Name, daysText, "Not a number of whole or half school days.");
                return null;
            }
            if (days * 2 > int.MaxValue)
            {
                problems.Reject(row.Line, Days.Name, daysText, "Far more school days than any exclusion could last.");
                return null;
            }
            sessions = (int)(days * 2);
        }
        else if (category == ExclusionCategory.Suspension)
        {
            problems.Reject(row.Line, Sessions.Name, null, "The length is empty: give the sessions or days of the suspension.");
            return null;
        }
        else
        {
            sessions = category == ExclusionCategory.Lunchtime ? 1 : null;
        }

        var column = sessionsText.Length > 0 || daysText.Length == 0 ? Sessions : Days;
        if (sessions == 0 && category != ExclusionCategory.Permanent)
            problems.Reject(row.Line, column.Name, row.Get(column), "A suspension lasts at least one session (half a day).");
        else if (sessions > MaxSuspensionSessions && category != ExclusionCategory.Permanent)
            problems.Reject(row.Line, column.Name, row.Get(column), "A suspension cannot be longer than 45 school days (90 sessions).");
        return sessions;
    }

    private static List<ExclusionReason> Reasons(ExportRow row, DateOnly? start, ProblemLog problems)
    {
        var reasons = new List<ExclusionReason>();
        foreach (var column in (ColumnSpec[])[Reason1, Reason2, Reason3])
        {
            var text = row.Get(column);
            if (text.Length == 0)
                continue;
            if (ExclusionReasons.Recognise(text) is { } reason)
            {
                if (reason.DfeCode == ExclusionReasons.Other && start >= OtherWithdrawn)
                    problems.Warn(row.Line, column.Name, text, "OT (other) was withdrawn from the census in September 2020; use the closest current reason.");
                reasons.Add(reason);
            }
            else if (ExclusionReasons.LooksLikeCode(text))
            {
                problems.Warn(row.Line, column.Name, text, "Not a DfE reason code: kept as exported and counted as OT (other). Add it to the reason list to map it.");
                reasons.Add(new ExclusionReason(text, ExclusionReasons.Other));
            }
            else
            {
                problems.Warn(row.Line, column.Name, null, "An unrecognised reason description is not stored, as it may be free text; counted as OT (other).");
                reasons.Add(new ExclusionReason(null, ExclusionReasons.Other));
            }
        }
        if (reasons.Count == 0)
            problems.Warn(row.Line, Reason1.Name, null, "No reason is given; the census needs at least one.");
        return reasons;
    }
}
