using System.Numerics;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using DuckDB.NET.Data;
using static BelongingInsights.Etl.AttendanceMarks.AttendanceMarksLayouts;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Loads a long marks export without reading its rows one by one through the validating reader:
/// <see cref="LongMarksScan"/> reads the file once, in parallel, into its distinct values and its pupils' weeks;
/// <see cref="CleanMarkValues"/> checks each distinct value once; the parts of a pupil week under different spellings
/// of a UPN or URN are combined. On load each week, its sessions given their
/// marks' keys and counted by category, is appended straight to <c>fact_attendance_week</c>, keyed in C#. Only a
/// clean file is taken — plain UTF-8 with the header on its first line, every value accepted without a warning, each
/// raw mark standing for one DfE code, no session marked twice — so every problem is still reported with its row and
/// column by the row-by-row read.
/// </summary>
internal sealed class BulkMarks
{
    private IEnumerable<ScannedWeek> _weeks;
    private readonly CheckedValues _values;
    private readonly byte[] _keys;
    private readonly int[] _counts;

    private BulkMarks(long rows, IEnumerable<ScannedWeek> weeks, CheckedValues values, byte[] keys, int[] counts)
    {
        Rows = (int)rows;
        _weeks = weeks;
        _values = values;
        _keys = keys;
        _counts = counts;
    }

    /// <summary>The data rows read.</summary>
    public int Rows { get; }

    /// <summary>
    /// Reads and checks the file and stages its pupils, schools and marks, holding its weeks until <see cref="Load"/>;
    /// null, with nothing staged, when the file is not clean. The file is refused (<paramref name="problems"/>) when
    /// its marks would not fit in the warehouse.
    /// </summary>
    public static BulkMarks? TryStage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context,
        ProblemLog problems, IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys)
    {
        if (table.Layout != Long || !table.HeaderFirstUtf8)
            return null;
        var scan = LongMarksScan.Read(table.Path, Columns(table), Environment.ProcessorCount);
        if (scan is null || scan.Rows is 0 or > int.MaxValue)
            return null;
        var clean = new CleanMarkValues(context);
        if (Checked(scan, clean, codeKeys) is not { } values || Combined(scan.Weeks, values) is not { } weeks)
            return null;
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_tables.sql"));
        using (var pupils = connection.CreateAppender("stg_attendance_mark_pupil"))
        {
            foreach (var (hash, pupil) in clean.PupilNumbers)
                pupils.CreateRow().AppendValue(importId).AppendValue(pupil).AppendValue(hash).EndRow();
        }
        using (var schools = connection.CreateAppender("bulk_mark_school"))
        {
            for (var urn = 0; urn < scan.Urns.Count; urn++)
            {
                var row = schools.CreateRow().AppendValue(values.Schools[urn]);
                (scan.SchoolNames.TryGetValue(urn, out var name) ? row.AppendValue(name) : row.AppendNullValue())
                    .AppendValue(scan.SchoolDates[urn].First).AppendValue(scan.SchoolDates[urn].Last).EndRow();
            }
        }
        using (var marks = connection.CreateAppender("load_mark"))
        {
            for (var mark = 0; mark < scan.Marks.Count; mark++)
                marks.CreateRow().AppendValue(scan.Marks[mark]).AppendValue(values.MarkCodes[mark]).AppendValue(mark + 1).EndRow();
        }
        if (!MarkKeys.Register(connection, problems))
            return new BulkMarks(0, [], values, [], []);
        return new BulkMarks(scan.Rows, weeks, values, MarkKeys.OfMarkNumbers(connection), SessionCounts(connection, values.MarkCodes));
    }

    /// <summary>
    /// Adds the import's new schools and pupils to the dimensions, sets aside what stored weeks keep outside the file's
    /// dates, appends the file's weeks to the fact and merges the kept sessions back in.
    /// </summary>
    public void Load(DuckDBConnection connection, Guid importId)
    {
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_schools.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_dims.sql"), ("import_id", importId));
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_range.sql"));
        connection.Execute(SqlScripts.Get("AttendanceMarks/keep_weeks.sql"));
        var pupilKeys = Keys(connection, "AttendanceMarks/pupil_keys.sql", ("import_id", importId));
        var schoolKeys = Keys(connection, "AttendanceMarks/school_keys.sql");
        int[] upnKeys = [.. _values.Pupils.Select(pupil => pupilKeys[pupil])];
        int[] urnKeys = [.. _values.Schools.Select(urn => schoolKeys[urn])];
        using (var appender = connection.CreateAppender("fact_attendance_week"))
        {
            foreach (var week in _weeks)
            {
                var (first, last, counted) = Keyed(week);
                var firstSession = BitOperations.TrailingZeroCount(week.Marked);
                var lastSession = BitOperations.Log2(week.Marked);
                appender.CreateRow()
                    .AppendValue(urnKeys[week.Urn]).AppendValue(upnKeys[week.Upn])
                    .AppendValue(week.WeekStart).AppendValue(week.AcademicYear)
                    .AppendValue(week.WeekStart.AddDays(firstSession / 2)).AppendValue(week.WeekStart.AddDays(lastSession / 2))
                    .AppendValue(counted & 15).AppendValue((counted >> 4) & 15).AppendValue((counted >> 8) & 15)
                    .AppendValue((counted >> 12) & 15).AppendValue((counted >> 16) & 15).AppendValue((counted >> 20) & 15)
                    .AppendValue(importId).AppendValue(first).AppendValue(last)
                    .EndRow();
            }
        }
        connection.Execute(SqlScripts.Get("AttendanceMarks/merge_kept_weeks.sql"), ("import_id", importId));
        ReleaseWeeks();
    }

    /// <summary>
    /// Lets go of the weeks, held since staging (a tenth as many as the file's rows, a few hundred megabytes for a
    /// trust's year), and hands their memory back to the system at once: otherwise the process would keep it through
    /// the mart refresh that follows, which allocates almost nothing managed to prompt a collection.
    /// </summary>
    private void ReleaseWeeks()
    {
        _weeks = [];
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static Dictionary<int, int> Keys(DuckDBConnection connection, string script, params (string Name, object? Value)[] parameters)
    {
        var keys = new Dictionary<int, int>();
        using var command = connection.Command(SqlScripts.Get(script), parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys[reader.GetInt32(0)] = reader.GetInt32(1);
        return keys;
    }

    /// <summary>
    /// Each pupil week once. The scan gives each UPN cell's week at a URN cell once, so only two spellings of one UPN
    /// or URN can part a week: then the parts are taken into the first. Null when two parts share a session (a
    /// session marked twice, which the row-by-row read reports with its rows).
    /// </summary>
    private static IEnumerable<ScannedWeek>? Combined(IReadOnlyList<ScannedWeek> weeks, CheckedValues values)
    {
        if (values.Pupils.Distinct().Count() == values.Pupils.Length && values.Schools.Distinct().Count() == values.Schools.Length)
            return weeks;
        var combined = new Dictionary<(int Pupil, int School, int Week), ScannedWeek>(weeks.Count);
        foreach (var week in weeks)
        {
            var key = (values.Pupils[week.Upn], values.Schools[week.Urn], week.WeekOfDates);
            if (!combined.TryAdd(key, week) && !combined[key].Add(week))
                return null;
        }
        return combined.Values;
    }

    /// <summary>
    /// What one session of each raw mark adds to a week's counts, four bits a category: possible, present, AEA,
    /// authorised, unauthorised, not counted. A week holds at most fourteen sessions, so no count overflows its bits.
    /// </summary>
    private static int[] SessionCounts(DuckDBConnection connection, int[] markCodes)
    {
        var byCode = new Dictionary<int, int>();
        using (var command = connection.Command(SqlScripts.Get("AttendanceMarks/code_categories.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var counted = reader.GetBoolean(2);
                var category = reader.GetString(1) switch
                {
                    "present" => 1 << 4,
                    "aea" => 1 << 8,
                    "authorised" => 1 << 12,
                    "unauthorised" => 1 << 16,
                    _ => 0,
                };
                byCode[reader.GetInt32(0)] = category | (counted ? 1 : 1 << 20);
            }
        }
        return [.. markCodes.Select(code => byCode[code])];
    }

    /// <summary>The week's sessions as mark keys, packed as the fact keeps them, and its sessions counted by category.</summary>
    private (ulong First, ulong Last, int Counted) Keyed(ScannedWeek week)
    {
        ulong first = 0, last = 0;
        var counted = 0;
        for (var session = 0; session < LongMarksScan.SessionsPerWeek; session++)
        {
            if ((week.Marked & (1 << session)) == 0)
                continue;
            var mark = week.MarkIn(session);
            counted += _counts[mark - 1];
            var key = (ulong)_keys[mark] << (8 * (session % 7));
            if (session < 7)
                first |= key;
            else
                last |= key;
        }
        return (first, last, counted);
    }

    private static LongMarksColumns Columns(ExportTable table) => new(
        table.Headers.Count,
        table.Columns.IndexOf(PupilUpn) ?? -1,
        table.Columns.IndexOf(SchoolUrn) ?? -1,
        table.Columns.IndexOf(SchoolName) ?? -1,
        table.Columns.IndexOf(SessionDate) ?? -1,
        table.Columns.IndexOf(Session) ?? -1,
        table.Columns.IndexOf(Mark) ?? -1);

    /// <summary>
    /// Each distinct UPN's pupil number, each URN cell's school and each raw mark's DfE code key; null at the first
    /// value that is not clean, or a raw mark standing for two codes on different dates.
    /// </summary>
    private static CheckedValues? Checked(LongMarksScan scan, CleanMarkValues clean, IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys)
    {
        var pupils = new int[scan.Upns.Count];
        for (var upn = 0; upn < pupils.Length; upn++)
        {
            if (clean.Pupil(scan.Upns[upn]) is not { } pupil)
                return null;
            pupils[upn] = pupil;
        }
        var schools = new int[scan.Urns.Count];
        for (var urn = 0; urn < schools.Length; urn++)
        {
            if (clean.School(scan.Urns[urn]) is not { } school)
                return null;
            schools[urn] = school;
        }
        var markCodes = new int?[scan.Marks.Count];
        foreach (var (date, mark) in scan.DateMarks)
        {
            if (clean.Mark(scan.Dates[date], scan.Marks[mark]) is not { } code)
                return null;
            var key = codeKeys[(code.Code, code.CodeSet)];
            if (markCodes[mark] is { } known && known != key)
                return null;
            markCodes[mark] = key;
        }
        return markCodes.Any(code => code is null) ? null : new CheckedValues(pupils, schools, [.. markCodes.Select(code => code!.Value)]);
    }

    private sealed record CheckedValues(int[] Pupils, int[] Schools, int[] MarkCodes);
}
