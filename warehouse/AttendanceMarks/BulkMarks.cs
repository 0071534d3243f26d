using System.Numerics;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;
using static BelongingInsights.Etl.AttendanceMarks.AttendanceMarksLayouts;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// Loads a long marks export without reading its rows one by one through the validating reader:
/// <see cref="LongMarksScan"/> reads the file segment by segment, each in parallel, into its distinct values and its
/// pupils' weeks; <see cref="CleanMarkValues"/> checks each distinct value once, as a segment first meets it; a
/// segment's new pupils, schools and marks are added to the dimensions and its weeks, their sessions given their
/// marks' keys and counted by category, are appended straight to <c>fact_attendance_week</c>, keyed in C#. Only one
/// segment's weeks are held at a time. Once the file is read, a week two segments both hold is combined from its two
/// parts, and stored weeks the file's dates cover are replaced. Only a clean file is taken — plain UTF-8 with the
/// header on its first line, every value accepted without a warning, each raw mark standing for one DfE code, no
/// session marked twice — so every problem is still reported with its row and column by the row-by-row read: a
/// problem met before anything is appended leaves the file to it at once, one met later throws
/// <see cref="RowByRowReadNeeded"/>.
/// </summary>
internal sealed class BulkMarks
{
    private const long MinSegmentBytes = 64 * 1024;
    private const long MaxSegmentBytes = 32 * 1024 * 1024;

    private readonly Guid _importId;
    private readonly CleanMarkValues _clean;
    private readonly IReadOnlyDictionary<(string Code, string CodeSet), int> _codeKeys;
    private readonly Dictionary<int, int> _codeCounts;
    private readonly List<int> _pupils = [];
    private readonly List<int> _schools = [];
    private readonly List<int> _markCodes = [];
    private readonly List<string> _markNames = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _pupilKeys = [];
    private readonly List<int> _upnKeys = [];
    private readonly List<int> _urnKeys = [];
    private readonly Dictionary<int, int> _schoolKeys = [];
    private readonly HashSet<int> _addedSchools = [];
    private readonly List<int> _segmentOfPupil = [];
    private readonly HashSet<int> _splitPupils = [];
    private Dictionary<PupilHash, int>? _dimensionPupils;
    private byte[] _keys = [];
    private int _dateMarksChecked;
    private bool _spellings;
    private int _segment;

    private BulkMarks(Guid importId, CleanMarkValues clean, IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys, Dictionary<int, int> codeCounts)
    {
        _importId = importId;
        _clean = clean;
        _codeKeys = codeKeys;
        _codeCounts = codeCounts;
    }

    /// <summary>
    /// Reads and checks the file and appends its weeks; null, with nothing staged, when a problem is met in its first
    /// segment. The file is refused (<paramref name="problems"/>, no rows staged) when its marks would not fit in the
    /// warehouse. What is returned keeps only what loading the staged weeks needs: the scan's distinct values and the
    /// pupils' numbers, which grow with the file, are left behind (their size in docs/performance.md).
    /// </summary>
    public static StagedMarks? TryStage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context,
        ProblemLog problems, IReadOnlyDictionary<(string Code, string CodeSet), int> codeKeys, CancellationToken cancellationToken)
    {
        if (!context.AllowBulk || table.Layout != Long || !table.HeaderFirstUtf8)
            return null;
        var segmentBytes = Math.Clamp(new FileInfo(table.Path).Length / 8, MinSegmentBytes, MaxSegmentBytes);
        using var scan = LongMarksScan.Open(table.Path, Columns(table), Environment.ProcessorCount, segmentBytes);
        if (scan is null)
            return null;
        var bulk = new BulkMarks(importId, new CleanMarkValues(context), codeKeys, CodeCounts(connection));
        var reading = Task.Run(scan.ReadSegment, cancellationToken);
        try
        {
            while (reading is not null)
            {
                var weeks = scan.Gather(reading.GetAwaiter().GetResult());
                reading = null;
                var taken = weeks is null || !bulk.Checked(scan) ? null : bulk.Combined(weeks);
                if (taken is null)
                {
                    return bulk._segment == 0
                        ? null
                        : throw new RowByRowReadNeeded($"segment {bulk._segment + 1} of the file is not plain, or holds a value that is not clean or a session marked twice");
                }
                if (!scan.Finished)
                    reading = Task.Run(scan.ReadSegment, cancellationToken);
                if (bulk._segment == 0)
                    connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_tables.sql"));
                if (!bulk.Register(connection, scan, problems))
                    return new StagedMarks(importId, 0, [], []);
                bulk.Append(connection, taken);
                bulk._segment++;
            }
        }
        finally
        {
            if (reading is not null)
                Task.WaitAny(reading);
        }
        if (scan.Rows == 0)
            return null;
        if (scan.Rows > int.MaxValue)
            throw new RowByRowReadNeeded("the file has more rows than a load can count");
        var schools = bulk._schools.Select((urn, cell) => new StagedMarks.School(urn, scan.SchoolNames.TryGetValue(cell, out var name) ? name : null,
            scan.SchoolDates[cell].First, scan.SchoolDates[cell].Last, bulk._addedSchools.Contains(urn)));
        return new StagedMarks(importId, (int)scan.Rows, [.. schools], [.. bulk._splitPupils.Select(pupil => bulk._pupilKeys[pupil])]);
    }

    /// <summary>
    /// Checks the distinct values the last segment met first: each UPN's pupil number, each URN cell's school and each
    /// raw mark's DfE code key; false at the first value that is not clean, or a raw mark standing for two codes.
    /// </summary>
    private bool Checked(LongMarksScan scan)
    {
        for (var upn = _pupils.Count; upn < scan.Upns.Count; upn++)
        {
            var known = _clean.Pupils;
            if (_clean.Pupil(scan.Upns[upn]) is not { } pupil)
                return false;
            _spellings |= pupil < known;
            _pupils.Add(pupil);
        }
        for (var urn = _schools.Count; urn < scan.Urns.Count; urn++)
        {
            if (_clean.School(scan.Urns[urn]) is not { } school)
                return false;
            _spellings |= _schools.Contains(school);
            _schools.Add(school);
        }
        for (; _dateMarksChecked < scan.DateMarks.Count; _dateMarksChecked++)
        {
            var (date, mark) = scan.DateMarks[_dateMarksChecked];
            if (_clean.Mark(scan.Dates[date], scan.Marks[mark]) is not { } code)
                return false;
            var key = _codeKeys[(code.Code, code.CodeSet)];
            while (_markCodes.Count <= mark)
            {
                _markNames.Add(scan.Marks[_markCodes.Count]);
                _markCodes.Add(-1);
            }
            if (_markCodes[mark] >= 0 && _markCodes[mark] != key)
                return false;
            _markCodes[mark] = key;
        }
        return true;
    }

    /// <summary>
    /// The segment's weeks, each pupil week once. The scan gives each UPN cell's week at a URN cell once, so only two
    /// spellings of one UPN or URN can part a week: then the parts are taken into the first. Null when two parts share
    /// a session (a session marked twice, which the row-by-row read reports with its rows).
    /// </summary>
    private IReadOnlyCollection<ScannedWeek>? Combined(IReadOnlyList<ScannedWeek> weeks)
    {
        if (!_spellings)
            return weeks;
        var combined = new Dictionary<(int Pupil, int School, int Week), ScannedWeek>(weeks.Count);
        foreach (var week in weeks)
        {
            var key = (_pupils[week.Upn], _schools[week.Urn], week.WeekOfDates);
            if (!combined.TryAdd(key, week) && !combined[key].Add(week))
                return null;
        }
        return combined.Values;
    }

    /// <summary>
    /// Adds the segment's new pupils, schools and marks to the dimensions and learns their keys; false, refusing the
    /// file, when its marks would not fit in the warehouse.
    /// </summary>
    private bool Register(DuckDBConnection connection, LongMarksScan scan, ProblemLog problems)
    {
        RegisterPupils(connection);
        RegisterSchools(connection, scan);
        _upnKeys.AddRange(_pupils.Skip(_upnKeys.Count).Select(pupil => _pupilKeys[pupil]));
        _urnKeys.AddRange(_schools.Skip(_urnKeys.Count).Select(urn => _schoolKeys[urn]));
        if (_markCodes.Count == _counts.Count)
            return true;
        using (var marks = connection.CreateAppender("load_mark"))
        {
            for (var mark = _counts.Count; mark < _markCodes.Count; mark++)
                marks.CreateRow().AppendValue(_markNames[mark]).AppendValue(_markCodes[mark]).AppendValue(mark + 1).EndRow();
        }
        if (!MarkKeys.Register(connection, problems))
            return false;
        _keys = MarkKeys.OfMarkNumbers(connection);
        _counts.AddRange(_markCodes.Skip(_counts.Count).Select(code => _codeCounts[code]));
        return true;
    }

    /// <summary>
    /// Learns the keys of the segment's new pupils: those the dimension holds from its hashes, read once per file,
    /// and the others as they are added. The dimension is not searched once a segment: that scans every pupil's hash
    /// for every segment, a cost that grows with the file and the warehouse together.
    /// </summary>
    private void RegisterPupils(DuckDBConnection connection)
    {
        var from = _pupilKeys.Count;
        var hashes = _clean.TakeNewPupilHashes();
        if (hashes.Count == 0)
            return;
        _dimensionPupils ??= DimensionPupils(connection);
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var pupil = 0; pupil < hashes.Count; pupil++)
        {
            if (PupilHash.Of(hashes[pupil]) is { } hash && _dimensionPupils.TryGetValue(hash, out var key))
                _pupilKeys.Add(key);
            else
            {
                added.Add(hashes[pupil], from + pupil);
                _pupilKeys.Add(-1);
            }
        }
        if (added.Count == 0)
            return;
        using (var pupils = connection.CreateAppender("stg_attendance_mark_pupil"))
        {
            foreach (var (hash, pupil) in added)
                pupils.CreateRow().AppendValue(_importId).AppendValue(pupil).AppendValue(hash).EndRow();
        }
        using var command = connection.Command(SqlScripts.Get("AttendanceMarks/bulk_new_pupils.sql"), ("import_id", _importId), ("from", from));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _pupilKeys[added[reader.GetString(0)]] = reader.GetInt32(1);
    }

    private static Dictionary<PupilHash, int> DimensionPupils(DuckDBConnection connection)
    {
        var pupils = new Dictionary<PupilHash, int>();
        using var command = connection.Command(SqlScripts.Get("AttendanceMarks/dim_pupil_hashes.sql"));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (PupilHash.Of(reader.GetString(0)) is { } hash)
                pupils[hash] = reader.GetInt32(1);
        }
        return pupils;
    }

    /// <summary>Adds the segment's new schools, named as the file has named them so far; the schools the file adds are noted, to be named again once it is read.</summary>
    private void RegisterSchools(DuckDBConnection connection, LongMarksScan scan)
    {
        var newSchools = _schools.Select((urn, cell) => (urn, cell)).Where(school => !_schoolKeys.ContainsKey(school.urn)).DistinctBy(school => school.urn).ToList();
        if (newSchools.Count == 0)
            return;
        connection.Execute(SqlScripts.Get("AttendanceMarks/bulk_segment_schools.sql"));
        using (var schools = connection.CreateAppender("load_mark_school"))
        {
            foreach (var (urn, cell) in newSchools)
            {
                var row = schools.CreateRow().AppendValue(urn);
                (scan.SchoolNames.TryGetValue(cell, out var name) ? row.AppendValue(name) : row.AppendNullValue()).EndRow();
            }
        }
        var known = Keys(connection, "AttendanceMarks/school_keys.sql");
        _addedSchools.UnionWith(newSchools.Select(school => school.urn).Where(urn => !known.ContainsKey(urn)));
        connection.Execute(SqlScripts.Get("AttendanceMarks/new_schools.sql"));
        foreach (var (urn, key) in Keys(connection, "AttendanceMarks/school_keys.sql"))
            _schoolKeys[urn] = key;
    }

    /// <summary>Appends the segment's weeks to the fact, noting each pupil some earlier segment met too.</summary>
    private void Append(DuckDBConnection connection, IReadOnlyCollection<ScannedWeek> weeks)
    {
        while (_segmentOfPupil.Count < _pupilKeys.Count)
            _segmentOfPupil.Add(-1);
        using var appender = connection.CreateAppender("fact_attendance_week");
        foreach (var week in weeks)
        {
            var pupil = _pupils[week.Upn];
            if (_segmentOfPupil[pupil] != _segment)
            {
                if (_segmentOfPupil[pupil] >= 0)
                    _splitPupils.Add(pupil);
                _segmentOfPupil[pupil] = _segment;
            }
            var (first, last, counted) = Keyed(week);
            var firstSession = BitOperations.TrailingZeroCount(week.Marked);
            var lastSession = BitOperations.Log2(week.Marked);
            appender.CreateRow()
                .AppendValue(_urnKeys[week.Urn]).AppendValue(_upnKeys[week.Upn])
                .AppendValue(week.WeekStart).AppendValue(week.AcademicYear)
                .AppendValue(week.WeekStart.AddDays(firstSession / 2)).AppendValue(week.WeekStart.AddDays(lastSession / 2))
                .AppendValue(counted & 15).AppendValue((counted >> 4) & 15).AppendValue((counted >> 8) & 15)
                .AppendValue((counted >> 12) & 15).AppendValue((counted >> 16) & 15).AppendValue((counted >> 20) & 15)
                .AppendValue(_importId).AppendValue(first).AppendValue(last)
                .EndRow();
        }
    }

    private static Dictionary<int, int> Keys(DuckDBConnection connection, string script)
    {
        var keys = new Dictionary<int, int>();
        using var command = connection.Command(SqlScripts.Get(script));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            keys[reader.GetInt32(0)] = reader.GetInt32(1);
        return keys;
    }

    /// <summary>
    /// What one session of each DfE code adds to a week's counts, four bits a category: possible, present, AEA,
    /// authorised, unauthorised, not counted. A week holds at most fourteen sessions, so no count overflows its bits.
    /// </summary>
    private static Dictionary<int, int> CodeCounts(DuckDBConnection connection)
    {
        var byCode = new Dictionary<int, int>();
        using var command = connection.Command(SqlScripts.Get("AttendanceMarks/code_categories.sql"));
        using var reader = command.ExecuteReader();
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
        return byCode;
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
}
