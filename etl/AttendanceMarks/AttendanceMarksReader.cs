using System.Text.RegularExpressions;
using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.AttendanceMarks.AttendanceMarksLayouts;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Reads and validates session marks, long or wide, streaming: rows with errors are logged and not returned.
/// A file holds one academic year. Blank marks are no session: a warning in a long file, silence in a wide one
/// (wide exports leave future and non-school days blank). Duplicate sessions are found by the warehouse load.
/// </summary>
public static partial class AttendanceMarksReader
{
    public static IEnumerable<AttendanceMarkRecord> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        if (!table.Columns.Has(SchoolUrn) && context.SchoolUrn is null)
        {
            problems.RefuseFile(1, SchoolUrn.Name, "The file has no URN column: choose the school when you upload it.");
            return [];
        }
        var pupils = new PupilKeys(context.Pseudonymiser);
        if (table.Layout != Wide)
            return ReadLong(table, context, problems, pupils);
        var sessions = WideSessions(table, problems);
        return sessions is null ? [] : ReadWide(table, context, problems, pupils, sessions);
    }

    private static IEnumerable<AttendanceMarkRecord> ReadLong(ExportTable table, ImportContext context, ProblemLog problems, PupilKeys pupils)
    {
        int? academicYear = null;
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var outsideTerm = new HashSet<DateOnly>();
        foreach (var row in table.Rows())
        {
            var rejectedBefore = problems.QuarantinedRows;
            var pupil = ReadPupil(row, pupils, problems);
            var urn = Fields.Urn(row, SchoolUrn, context, problems);
            var dateText = row.Get(SessionDate);
            DateOnly? date = null;
            if (dates.TryGetValue(dateText, out var known))
                date = known;
            else if (UkDates.TryParse(dateText, out var parsed))
            {
                date = parsed;
                if (dates.Count < 1_000)
                    dates[dateText] = parsed;
            }
            else
                problems.Reject(row.Line, SessionDate.Name, dateText, dateText.Length == 0 ? "The date is empty." : "Not a date: use dd/mm/yyyy or yyyy-mm-dd.");
            if (date is { } d)
            {
                academicYear ??= UkDates.AcademicYearOf(d);
                if (UkDates.AcademicYearOf(d) != academicYear)
                {
                    problems.Reject(row.Line, SessionDate.Name, dateText,
                        $"This session is in {Label(UkDates.AcademicYearOf(d))} but the export's first session is in {Label(academicYear.Value)}: export one academic year per file.");
                }
                else if (SchoolCalendar.OutsideTerm(d) is { } why && outsideTerm.Add(d))
                    problems.Warn(row.Line, SessionDate.Name, dateText, why);
            }
            var sessionText = row.Get(Session);
            var session = ParseSession(sessionText);
            if (session is null)
                problems.Reject(row.Line, Session.Name, sessionText, "The session must be AM or PM.");
            var raw = row.Get(Mark);
            if (raw.Length == 0)
            {
                if (problems.QuarantinedRows == rejectedBefore)
                    problems.Warn(row.Line, Mark.Name, null, "No mark is recorded for this session; it is left out.");
                continue;
            }
            var code = ReadCode(row.Line, Mark.Name, raw, date, problems);
            if (problems.QuarantinedRows != rejectedBefore)
                continue;
            var name = row.Get(SchoolName);
            yield return new AttendanceMarkRecord(row.Line, pupil!, urn!.Value, name.Length == 0 ? null : name,
                date!.Value, session!, raw, code!, MarkCodes.SetFor(date.Value));
        }
    }

    private static IEnumerable<AttendanceMarkRecord> ReadWide(
        ExportTable table, ImportContext context, ProblemLog problems, PupilKeys pupils, IReadOnlyList<WideSession> sessions)
    {
        var marks = new List<AttendanceMarkRecord>(sessions.Count);
        foreach (var row in table.Rows())
        {
            var rejectedBefore = problems.QuarantinedRows;
            var pupil = ReadPupil(row, pupils, problems);
            var urn = Fields.Urn(row, SchoolUrn, context, problems);
            var name = row.Get(SchoolName);
            marks.Clear();
            foreach (var session in sessions)
            {
                var raw = row.GetAt(session.Column);
                if (raw.Length == 0)
                    continue;
                var code = ReadCode(row.Line, session.Header, raw, session.Date, problems);
                if (code is not null && pupil is not null && urn is not null)
                {
                    marks.Add(new AttendanceMarkRecord(row.Line, pupil, urn.Value, name.Length == 0 ? null : name,
                        session.Date, session.Session, raw, code, MarkCodes.SetFor(session.Date)));
                }
            }
            if (problems.QuarantinedRows != rejectedBefore)
                continue;
            foreach (var mark in marks)
                yield return mark;
        }
    }

    /// <summary>The session columns of a wide export with their dates; null, with the file refused, when the dates cannot be settled.</summary>
    private static List<WideSession>? WideSessions(ExportTable table, ProblemLog problems)
    {
        var headers = new List<(int Column, string Text, SessionHeader Header)>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (SessionHeader.TryParse(table.Headers[i], out var header))
                headers.Add((i, table.Headers[i].Trim(), header));
        }
        var academicYear = InferAcademicYear(table, headers.Select(h => h.Header));
        if (academicYear is null)
        {
            problems.RefuseFile(1, "(header)",
                "The session columns have no year (e.g. 'Mon 02/09 AM') and no title row above the header gives a date: "
                + "export the register with full dates (02/09/2024 AM) or with its report title and date range.");
            return null;
        }
        var sessions = new List<WideSession>(headers.Count);
        foreach (var (column, text, header) in headers)
        {
            if (header.DateIn(academicYear.Value) is not { } date)
            {
                problems.RefuseFile(1, text, $"The session column '{text}' is not a real date.");
                return null;
            }
            if (header.Weekday is { } weekday && weekday != date.DayOfWeek)
            {
                problems.RefuseFile(1, text,
                    $"The session column '{text}' says {weekday} but in {Label(academicYear.Value)} that date is a {date.DayOfWeek}: export the register with full dates.");
                return null;
            }
            if (UkDates.AcademicYearOf(date) != academicYear)
            {
                problems.RefuseFile(1, text,
                    $"The session column '{text}' is outside the academic year {Label(academicYear.Value)} of the export's first session: export one academic year per file.");
                return null;
            }
            if (SchoolCalendar.OutsideTerm(date) is { } why)
                problems.Warn(1, text, null, why);
            sessions.Add(new WideSession(column, text, date, header.Session));
        }
        return sessions;
    }

    /// <summary>From the first session header with a full date, else from the first date in a title or parameter row.</summary>
    private static int? InferAcademicYear(ExportTable table, IEnumerable<SessionHeader> headers)
    {
        foreach (var header in headers)
        {
            if (header.Year is not null)
                return header.DateIn(0) is { } date ? UkDates.AcademicYearOf(date) : null;
        }
        foreach (var title in table.TitleRows)
        {
            foreach (Match match in TitleDate().Matches(title))
            {
                if (UkDates.TryParse(match.Value, out var date))
                    return UkDates.AcademicYearOf(date);
            }
        }
        return null;
    }

    private static string? ReadCode(int line, string column, string raw, DateOnly? date, ProblemLog problems)
    {
        var code = MarkCodes.Normalise(raw);
        if (code is null)
        {
            problems.Reject(line, column, raw, "Not a DfE attendance mark, a known MIS sub-code or a Capita ONE stand-in.");
            return null;
        }
        if (date is { } d && MarkCodes.WhyInvalidOn(code, d) is { } why)
        {
            problems.Reject(line, column, raw, why);
            return null;
        }
        return code;
    }

    private static string? ReadPupil(ExportRow row, PupilKeys pupils, ProblemLog problems)
    {
        var pupil = pupils.For(row.Get(PupilUpn));
        if (pupil.Error is not null)
            problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {pupil.Error}.");
        else if (pupil.Temporary && pupil.FirstSeen)
            problems.Warn(row.Line, PupilUpn.Name, null, "This is a temporary UPN; replace it with the real one when it arrives.");
        return pupil.Key;
    }

    /// <summary>AM or PM for a session cell as MIS exports write it; null when it is neither.</summary>
    public static string? ParseSession(string text) => text switch
    {
        "AM" => "AM",
        "PM" => "PM",
        _ => text.ToUpperInvariant() switch
        {
            "AM" or "A" or "MORNING" or "AM SESSION" => "AM",
            "PM" or "P" or "AFTERNOON" or "PM SESSION" => "PM",
            _ => null,
        },
    };

    private static string Label(int academicYear) => $"{academicYear}/{(academicYear + 1) % 100:00}";

    [GeneratedRegex(@"\b(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleDate();

    private sealed record WideSession(int Column, string Header, DateOnly Date, string Session);
}
