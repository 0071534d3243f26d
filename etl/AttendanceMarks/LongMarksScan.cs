using BelongingInsights.Etl.Common;
using Microsoft.Win32.SafeHandles;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Reads a plain long marks export — UTF-8, comma-separated, no quote inside a cell, every row as wide as the header — straight
/// from its bytes, segment after segment and each segment in parallel over slices, into what a bulk load needs: each
/// distinct value once (the caller checks them) and each pupil's week at each school as one row of its sessions,
/// Monday AM to Sunday PM, each session the number of its raw mark. A row per session becomes a tenth as many week
/// rows, no row is ever a string, and only one segment's weeks are held at a time, so memory does not grow with the
/// file. A week the file has in two segments comes out twice, its sessions split between the two. A segment is null
/// when the file is not plain, when a value cannot be placed in a week (a date that is no date, a session neither AM
/// nor PM), or when a session is marked twice within it; then the row-by-row reader reports why. This file splits
/// the file into segments and slices and puts each segment together; how one slice's lines become weeks is in
/// LongMarksScan.Slice.cs.
/// </summary>
public sealed partial class LongMarksScan : IDisposable
{
    /// <summary>Sessions a week holds: Monday AM to Sunday PM.</summary>
    public const int SessionsPerWeek = 14;

    private const int MaxMarks = byte.MaxValue;
    private const int MaxDates = 1_024;
    private const int MaxUpns = 1 << 23;
    private const int PupilProbeBytes = 256 * 1024;

    private readonly PackedDistinctValues _upns = new();
    private readonly PackedDistinctValues _urns = new();
    private readonly PackedDistinctValues _dates = new();
    private readonly PackedDistinctValues _sessions = new();
    private readonly PackedDistinctValues _marks = new();
    private readonly List<DateSlot> _dateSlots = [];
    private readonly List<(DateOnly WeekStart, int AcademicYear)> _weeksOfDates = [];
    private readonly List<bool> _pm = [];
    private readonly Lock _gate = new();
    private readonly bool[] _dateMarkSeen = new bool[MaxDates * MaxMarks];
    private readonly List<(int Date, int Mark)> _dateMarks = [];
    private readonly Dictionary<int, string> _schoolNames = [];
    private readonly List<(DateOnly First, DateOnly Last)> _schoolDates = [];
    private readonly SafeFileHandle _file;
    private readonly LongMarksColumns _columns;
    private readonly long[] _bounds;
    private readonly int _slices;
    private readonly SliceCaches[] _caches;
    private int _nextBound;

    private LongMarksScan(SafeFileHandle file, LongMarksColumns columns, long[] bounds, int slices)
    {
        _file = file;
        _columns = columns;
        _bounds = bounds;
        _slices = slices;
        _caches = [.. Enumerable.Range(0, slices).Select(_ => new SliceCaches(this))];
    }

    /// <summary>The data rows read so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Whether every segment has been read (or is being read).</summary>
    public bool Finished => _nextBound >= _bounds.Length - 1;

    /// <summary>Each distinct UPN cell met so far, trimmed; a week's <see cref="ScannedWeek.Upn"/> indexes this list.</summary>
    public IReadOnlyList<string> Upns => _upns;

    /// <summary>Each distinct URN cell met so far, trimmed (empty when the file has no URN column); indexed by <see cref="ScannedWeek.Urn"/>.</summary>
    public IReadOnlyList<string> Urns => _urns;

    /// <summary>Each distinct date cell met so far, trimmed.</summary>
    public IReadOnlyList<string> Dates => _dates;

    /// <summary>Each distinct mark cell met so far, trimmed; a session holds its index plus one (zero: no mark).</summary>
    public IReadOnlyList<string> Marks => _marks;

    /// <summary>
    /// Each distinct pair of a date cell and a mark cell met so far, as indexes into <see cref="Dates"/> and
    /// <see cref="Marks"/>, in the order the segments met them.
    /// </summary>
    public IReadOnlyList<(int Date, int Mark)> DateMarks => _dateMarks;

    /// <summary>The greatest school name each URN cell is given so far, when the file has a name column.</summary>
    public IReadOnlyDictionary<int, string> SchoolNames => _schoolNames;

    /// <summary>The first and last date each URN cell's rows cover so far.</summary>
    public IReadOnlyList<(DateOnly First, DateOnly Last)> SchoolDates => _schoolDates;

    /// <summary>
    /// Opens the file to be read in segments of about <paramref name="segmentBytes"/>, each over
    /// <paramref name="slices"/> threads; null when it has no line break after its header.
    /// </summary>
    public static LongMarksScan? Open(string path, LongMarksColumns columns, int slices, long segmentBytes)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var segments = (int)Math.Clamp((RandomAccess.GetLength(file) + segmentBytes - 1) / segmentBytes, 1, int.MaxValue / slices);
        if (SliceBounds(file, segments * slices, columns) is { } bounds)
            return new LongMarksScan(file, columns, bounds, slices);
        file.Dispose();
        return null;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>
    /// Reads the next segment's slices, each on a thread of its own. Only one read runs at a time, but it may run
    /// while the caller works on the segment before; <see cref="Gather"/> then puts the segment together.
    /// </summary>
    public Segment ReadSegment()
    {
        var first = _nextBound;
        var count = Math.Min(_slices, _bounds.Length - 1 - first);
        _nextBound += count;
        var parts = new Slice?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count },
            i => parts[i] = Slice.Read(this, _caches[i], _file, _bounds[first + i], _bounds[first + i + 1]));
        return new Segment(parts);
    }

    /// <summary>
    /// The pupil weeks a segment read holds, one per UPN cell, URN cell, week and academic year, a week read in several
    /// of its slices as one, never with the same session twice; the values and school dates it met are added to the
    /// scan's. Null when the segment is not plain or marks a session twice.
    /// </summary>
    public IReadOnlyList<ScannedWeek>? Gather(Segment segment) =>
        segment.Parts.Any(part => part is null) ? null : Gather([.. segment.Parts.Select(part => part!)]);

    /// <summary>
    /// Where each slice starts and ends: just after a line break, the first just after the header line, every other
    /// where one pupil's rows give way to another's when that is found close by.
    /// </summary>
    private static long[]? SliceBounds(SafeFileHandle file, int slices, LongMarksColumns columns)
    {
        var length = RandomAccess.GetLength(file);
        var probe = new byte[PupilProbeBytes];
        var bounds = new List<long>();
        for (var slice = 0; slice < slices; slice++)
        {
            var at = slice == 0 ? 0 : length * slice / slices;
            var read = RandomAccess.Read(file, probe.AsSpan(0, 64 * 1024), at);
            var lineEnd = probe.AsSpan(0, read).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                if (slice == 0)
                    return null;
                continue;
            }
            var start = slice == 0 ? at + lineEnd + 1 : NextPupil(file, at + lineEnd + 1, columns, probe);
            if (bounds.Count == 0 || (start > bounds[^1] && start < length))
                bounds.Add(start);
        }
        bounds.Add(Math.Max(length, bounds[^1]));
        return [.. bounds];
    }

    /// <summary>
    /// Where the first line after <paramref name="start"/> with another UPN than the line at start begins (the file's
    /// end when no other follows); start itself when there is none within the probe's reach (a pupil's rows for two
    /// years take about 30 KB) or a line is not plain. In a file ordered by pupil no pupil's week is then read in two
    /// segments: its parts, each appended to the warehouse, would have to be deleted and combined, and deleting rows
    /// the load has appended makes DuckDB copy every row of the load into its write-ahead log at commit, which made
    /// the commit a large share of a national load (measured in docs/performance.md).
    /// </summary>
    private static long NextPupil(SafeFileHandle file, long start, LongMarksColumns columns, byte[] probe)
    {
        if (columns.Upn < 0)
            return start;
        var text = probe.AsSpan(0, RandomAccess.Read(file, probe, start));
        Span<Range> cells = stackalloc Range[columns.Width];
        Span<int> ends = stackalloc int[columns.Width];
        ReadOnlySpan<byte> first = [];
        for (var offset = 0; ;)
        {
            var lineEnd = text[offset..].IndexOf((byte)'\n');
            if (lineEnd < 0)
                return text.Length < probe.Length ? start + text.Length : start;
            var line = text.Slice(offset, lineEnd);
            if (line.Length > 0 && line[^1] == (byte)'\r')
                line = line[..^1];
            if (!PlainCsvLine.Split(line, cells, ends, 0))
                return start;
            var upn = PlainCsvLine.Trim(line[cells[columns.Upn]]);
            if (offset == 0)
                first = upn;
            else if (!upn.SequenceEqual(first))
                return start + offset;
            offset += lineEnd + 1;
        }
    }

    /// <summary>
    /// Puts a segment's slices together, a pupil week read in several slices as one; null when two slices mark the
    /// same session of a pupil week.
    /// </summary>
    private List<ScannedWeek>? Gather(Slice[] parts)
    {
        Rows += parts.Sum(part => part.Rows);
        var weeks = parts[0].Weeks;
        var indexes = parts[0].WeekIndexes;
        foreach (var part in parts.Skip(1))
        {
            foreach (var (key, index) in part.WeekIndexes)
            {
                if (indexes.TryGetValue(key, out var first))
                {
                    if (!weeks[first].Add(part.Weeks[index]))
                        return null;
                }
                else
                {
                    indexes.Add(key, weeks.Count);
                    weeks.Add(part.Weeks[index]);
                }
            }
        }
        foreach (var pair in parts.SelectMany(part => part.NewDateMarks).Distinct().Order())
            _dateMarks.Add((pair / MaxMarks, pair % MaxMarks));
        while (_schoolDates.Count < _urns.Count)
            _schoolDates.Add((DateOnly.MaxValue, DateOnly.MinValue));
        foreach (var part in parts)
        {
            for (var urn = 0; urn < part.FirstDay.Count; urn++)
            {
                if (part.FirstDay[urn] > part.LastDay[urn])
                    continue;
                var (known, last) = _schoolDates[urn];
                _schoolDates[urn] = (Min(known, DateOnly.FromDayNumber(part.FirstDay[urn])), Max(last, DateOnly.FromDayNumber(part.LastDay[urn])));
            }
            foreach (var (urn, name) in part.Names)
            {
                if (!_schoolNames.TryGetValue(urn, out var greatest) || string.CompareOrdinal(name, greatest) > 0)
                    _schoolNames[urn] = name;
            }
        }
        return weeks;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The date's week, day and academic year, registered once per distinct date cell; null when it is no date.</summary>
    private DateSlot? DateSlotOf(int date)
    {
        lock (_gate)
        {
            while (_dateSlots.Count <= date)
            {
                var text = _dates[_dateSlots.Count];
                if (!UkDates.TryParse(text, out var day))
                    return null;
                var weekStart = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                var academicYear = UkDates.AcademicYearOf(day);
                var week = (weekStart, academicYear);
                var weekIndex = _weeksOfDates.IndexOf(week);
                if (weekIndex < 0)
                {
                    weekIndex = _weeksOfDates.Count;
                    _weeksOfDates.Add(week);
                }
                _dateSlots.Add(new DateSlot(weekIndex, weekStart, academicYear, day.DayNumber - weekStart.DayNumber, day.DayNumber));
            }
            return _dateSlots[date];
        }
    }

    /// <summary>Whether a distinct session cell is PM (false for AM); null when it is neither.</summary>
    private bool? IsPm(int session)
    {
        lock (_gate)
        {
            while (_pm.Count <= session)
            {
                if (AttendanceMarksReader.ParseSession(_sessions[_pm.Count]) is not { } name)
                    return null;
                _pm.Add(name == "PM");
            }
            return _pm[session];
        }
    }

    /// <summary>A date as a place in a week: the week (numbered within the file, with its Monday and academic year) and the day.</summary>
    internal readonly record struct DateSlot(int Week, DateOnly WeekStart, int AcademicYear, int Day, int DayNumber);

    /// <summary>A segment's slices as read, for <see cref="Gather"/>.</summary>
    public sealed class Segment
    {
        internal Segment(Slice?[] parts) => Parts = parts;

        internal Slice?[] Parts { get; }
    }
}
