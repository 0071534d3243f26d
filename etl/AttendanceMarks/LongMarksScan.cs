using System.Text;
using BelongingInsights.Etl.Common;
using Microsoft.Win32.SafeHandles;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Reads a plain long marks export — UTF-8, comma-separated, no quote inside a cell, every row as wide as the header — straight
/// from its bytes, in parallel over slices of the file, into what a bulk load needs: each distinct value once (the
/// caller checks them) and each pupil's week at each school as one row of its sessions, Monday AM to Sunday PM, each
/// session the number of its raw mark. A row per session becomes a tenth as many week rows, and no row is ever a
/// string. Null when the file is not plain, when a value cannot be placed in a week (a date that is no date, a session
/// neither AM nor PM), or when a session is marked twice; then the row-by-row reader reports why.
/// </summary>
public sealed class LongMarksScan
{
    /// <summary>Sessions a week holds: Monday AM to Sunday PM.</summary>
    public const int SessionsPerWeek = 14;

    private const int MaxMarks = byte.MaxValue;
    private const int MaxDates = 1_024;
    private const int MaxUpns = 1 << 23;

    private readonly PackedDistinctValues _upns = new();
    private readonly PackedDistinctValues _urns = new();
    private readonly PackedDistinctValues _dates = new();
    private readonly PackedDistinctValues _sessions = new();
    private readonly PackedDistinctValues _marks = new();
    private readonly List<DateSlot> _dateSlots = [];
    private readonly List<(DateOnly WeekStart, int AcademicYear)> _weeksOfDates = [];
    private readonly List<bool> _pm = [];
    private readonly Lock _gate = new();

    private LongMarksScan()
    {
    }

    /// <summary>The data rows read.</summary>
    public long Rows { get; private set; }

    /// <summary>Each distinct UPN cell, trimmed; a week's <see cref="ScannedWeek.Upn"/> indexes this list.</summary>
    public IReadOnlyList<string> Upns => _upns.Values;

    /// <summary>Each distinct URN cell, trimmed (empty when the file has no URN column); indexed by <see cref="ScannedWeek.Urn"/>.</summary>
    public IReadOnlyList<string> Urns => _urns.Values;

    /// <summary>Each distinct date cell, trimmed.</summary>
    public IReadOnlyList<string> Dates => _dates.Values;

    /// <summary>Each distinct mark cell, trimmed; a session holds its index plus one (zero: no mark).</summary>
    public IReadOnlyList<string> Marks => _marks.Values;

    /// <summary>Each distinct pair of a date cell and a mark cell, as indexes into <see cref="Dates"/> and <see cref="Marks"/>.</summary>
    public IReadOnlyList<(int Date, int Mark)> DateMarks { get; private set; } = [];

    /// <summary>The greatest school name each URN cell is given, when the file has a name column.</summary>
    public IReadOnlyDictionary<int, string> SchoolNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>The first and last date each URN cell's rows cover.</summary>
    public IReadOnlyList<(DateOnly First, DateOnly Last)> SchoolDates { get; private set; } = [];

    /// <summary>
    /// The pupil weeks, one per UPN cell, URN cell, week and academic year: a week read in several slices of the file
    /// is one, never with the same session twice. Two spellings of one UPN or URN are two weeks here.
    /// </summary>
    public IReadOnlyList<ScannedWeek> Weeks { get; private set; } = [];

    public static LongMarksScan? Read(string path, LongMarksColumns columns, int slices)
    {
        var scan = new LongMarksScan();
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bounds = SliceBounds(file, slices);
        if (bounds is null)
            return null;
        var parts = new Slice?[bounds.Length - 1];
        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parts.Length },
            i => parts[i] = Slice.Read(scan, columns, file, bounds[i], bounds[i + 1]));
        if (parts.Any(part => part is null))
            return null;
        return scan.Gather([.. parts.Select(part => part!)]) ? scan : null;
    }

    /// <summary>Where each slice starts and ends: just after a line break, the first just after the header line.</summary>
    private static long[]? SliceBounds(SafeFileHandle file, int slices)
    {
        var length = RandomAccess.GetLength(file);
        var probe = new byte[64 * 1024];
        var bounds = new List<long>();
        for (var slice = 0; slice < slices; slice++)
        {
            var at = slice == 0 ? 0 : length * slice / slices;
            var read = RandomAccess.Read(file, probe, at);
            var lineEnd = probe.AsSpan(0, read).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                if (slice == 0)
                    return null;
                continue;
            }
            var start = at + lineEnd + 1;
            if (bounds.Count == 0 || start > bounds[^1])
                bounds.Add(start);
        }
        bounds.Add(Math.Max(length, bounds[^1]));
        return [.. bounds];
    }

    /// <summary>
    /// Puts the slices' findings together, a pupil week read in several slices as one; false when two slices mark
    /// the same session of a pupil week.
    /// </summary>
    private bool Gather(Slice[] parts)
    {
        Rows = parts.Sum(part => part.Rows);
        var weeks = parts[0].Weeks;
        var indexes = parts[0].WeekIndexes;
        foreach (var part in parts.Skip(1))
        {
            foreach (var (key, index) in part.WeekIndexes)
            {
                if (indexes.TryGetValue(key, out var first))
                {
                    if (!weeks[first].Add(part.Weeks[index]))
                        return false;
                }
                else
                {
                    indexes.Add(key, weeks.Count);
                    weeks.Add(part.Weeks[index]);
                }
            }
        }
        Weeks = weeks;
        var pairs = new List<(int, int)>();
        for (var date = 0; date < _dates.Values.Count; date++)
        {
            for (var mark = 0; mark < _marks.Values.Count; mark++)
            {
                if (parts.Any(part => part.DateMarks[(date * MaxMarks) + mark]))
                    pairs.Add((date, mark));
            }
        }
        DateMarks = pairs;
        var names = new Dictionary<int, string>();
        var dates = new (DateOnly, DateOnly)[_urns.Values.Count];
        for (var urn = 0; urn < dates.Length; urn++)
        {
            var covered = parts.Where(part => urn < part.FirstDay.Count && part.FirstDay[urn] <= part.LastDay[urn]).ToList();
            dates[urn] = (DateOnly.FromDayNumber(covered.Min(part => part.FirstDay[urn])), DateOnly.FromDayNumber(covered.Max(part => part.LastDay[urn])));
            foreach (var part in parts)
            {
                if (part.Names.TryGetValue(urn, out var name) && (!names.TryGetValue(urn, out var known) || string.CompareOrdinal(name, known) > 0))
                    names[urn] = name;
            }
        }
        SchoolNames = names;
        SchoolDates = dates;
        return true;
    }

    /// <summary>The date's week, day and academic year, registered once per distinct date cell; null when it is no date.</summary>
    private DateSlot? DateSlotOf(int date)
    {
        lock (_gate)
        {
            while (_dateSlots.Count <= date)
            {
                var text = _dates.Values[_dateSlots.Count];
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
                if (AttendanceMarksReader.ParseSession(_sessions.Values[_pm.Count]) is not { } name)
                    return null;
                _pm.Add(name == "PM");
            }
            return _pm[session];
        }
    }

    /// <summary>A date as a place in a week: the week (numbered within the file, with its Monday and academic year) and the day.</summary>
    private readonly record struct DateSlot(int Week, DateOnly WeekStart, int AcademicYear, int Day, int DayNumber);

    /// <summary>One slice of the file, read on one thread, with its own caches of the shared distinct values.</summary>
    private sealed class Slice
    {
        private const int BufferBytes = 1 << 20;

        private readonly LongMarksScan _scan;
        private readonly LongMarksColumns _columns;
        private readonly SliceValueCache _upns;
        private readonly SliceValueCache _urns;
        private readonly SliceValueCache _dates;
        private readonly SliceValueCache _marks;
        private readonly SliceValueCache _sessions;
        private readonly Dictionary<int, byte[]> _nameBytes = [];
        private readonly List<DateSlot?> _dateSlots = [];
        private readonly List<bool?> _pm = [];
        private int _upn = -1;
        private int _urn = -1;
        private int _week = -1;

        private Slice(LongMarksScan scan, LongMarksColumns columns)
        {
            _scan = scan;
            _columns = columns;
            _upns = new SliceValueCache(scan._upns);
            _urns = new SliceValueCache(scan._urns);
            _dates = new SliceValueCache(scan._dates);
            _marks = new SliceValueCache(scan._marks);
            _sessions = new SliceValueCache(scan._sessions);
        }

        public long Rows { get; private set; }

        public List<ScannedWeek> Weeks { get; } = [];

        /// <summary>Where each pupil week (UPN cell, URN cell, week of the file) is in <see cref="Weeks"/>.</summary>
        public Dictionary<long, int> WeekIndexes { get; } = [];

        public bool[] DateMarks { get; } = new bool[MaxDates * MaxMarks];

        public List<int> FirstDay { get; } = [];

        public List<int> LastDay { get; } = [];

        public Dictionary<int, string> Names { get; } = [];

        public static Slice? Read(LongMarksScan scan, LongMarksColumns columns, SafeFileHandle file, long start, long end)
        {
            var slice = new Slice(scan, columns);
            var buffer = new byte[BufferBytes];
            var carried = 0;
            for (var position = start; position < end || carried > 0;)
            {
                var read = position < end ? RandomAccess.Read(file, buffer.AsSpan(carried, (int)Math.Min(buffer.Length - carried, end - position)), position) : 0;
                position += read;
                var text = buffer.AsSpan(0, carried + read);
                var last = position >= end;
                var used = slice.ReadLines(text, last);
                if (used < 0)
                    return null;
                carried = text.Length - used;
                if (carried > 0 && (last || carried == buffer.Length))
                    return null;
                text[used..].CopyTo(buffer);
            }
            return slice;
        }

        /// <summary>
        /// Reads every whole line of the text (and, at the slice's end, a last line without a break), passing over
        /// empty lines as the row-by-row reader does; the bytes used, or -1 when a line is not plain.
        /// </summary>
        private int ReadLines(Span<byte> text, bool last)
        {
            var used = 0;
            while (used < text.Length)
            {
                var rest = text[used..];
                var lineEnd = rest.IndexOf((byte)'\n');
                if (lineEnd < 0 && !last)
                    break;
                var line = lineEnd < 0 ? rest : rest[..lineEnd];
                used += lineEnd < 0 ? rest.Length : lineEnd + 1;
                if (line.Length > 0 && line[^1] == (byte)'\r')
                    line = line[..^1];
                if (line.Length > 0 && !ReadLine(line))
                    return -1;
            }
            return used;
        }

        private bool ReadLine(ReadOnlySpan<byte> line)
        {
            Span<Range> cells = stackalloc Range[_columns.Width];
            if (!PlainCsvLine.Split(line, cells))
                return false;
            var upnCell = PlainCsvLine.Trim(line[cells[_columns.Upn]]);
            var urnCell = _columns.Urn < 0 ? [] : PlainCsvLine.Trim(line[cells[_columns.Urn]]);
            var dateCell = PlainCsvLine.Trim(line[cells[_columns.Date]]);
            var sessionCell = PlainCsvLine.Trim(line[cells[_columns.Session]]);
            var markCell = PlainCsvLine.Trim(line[cells[_columns.Mark]]);
            if (PlainCsvLine.Pack(upnCell) is not { } upn || PlainCsvLine.Pack(urnCell) is not { } urn || PlainCsvLine.Pack(dateCell) is not { } date
                || PlainCsvLine.Pack(sessionCell) is not { } session || PlainCsvLine.Pack(markCell) is not { } mark)
                return false;
            var upnIndex = _upns.IndexOf(upn, upnCell);
            if (upnIndex != _upn)
            {
                _upn = upnIndex;
                _week = -1;
            }
            var urnIndex = _urns.IndexOf(urn, urnCell);
            if (urnIndex != _urn)
            {
                _urn = urnIndex;
                _week = -1;
                while (FirstDay.Count <= _urn)
                {
                    FirstDay.Add(int.MaxValue);
                    LastDay.Add(int.MinValue);
                }
            }
            if (_columns.Name >= 0)
                NoteName(PlainCsvLine.Trim(line[cells[_columns.Name]]));
            var dateIndex = _dates.IndexOf(date, dateCell);
            var markIndex = _marks.IndexOf(mark, markCell);
            var sessionIndex = _sessions.IndexOf(session, sessionCell);
            if (_upn >= MaxUpns || dateIndex >= MaxDates || markIndex >= MaxMarks || SlotOf(dateIndex) is not { } slot || PmOf(sessionIndex) is not { } pm)
                return false;
            DateMarks[(dateIndex * MaxMarks) + markIndex] = true;
            FirstDay[_urn] = Math.Min(FirstDay[_urn], slot.DayNumber);
            LastDay[_urn] = Math.Max(LastDay[_urn], slot.DayNumber);
            Rows++;
            return Mark(slot, (slot.Day * 2) + (pm ? 1 : 0), markIndex + 1);
        }

        private DateSlot? SlotOf(int date)
        {
            while (_dateSlots.Count <= date)
                _dateSlots.Add(null);
            return _dateSlots[date] ??= _scan.DateSlotOf(date);
        }

        private bool? PmOf(int session)
        {
            while (_pm.Count <= session)
                _pm.Add(null);
            return _pm[session] ??= _scan.IsPm(session);
        }

        /// <summary>Puts the mark in its session of the pupil's week; false when that session already holds one.</summary>
        private bool Mark(DateSlot slot, int session, int mark)
        {
            if (_week < 0 || Weeks[_week].WeekOfDates != slot.Week)
            {
                var key = ((long)_upn << 40) | ((long)_urn << 16) | (uint)slot.Week;
                if (!WeekIndexes.TryGetValue(key, out _week))
                {
                    _week = Weeks.Count;
                    WeekIndexes.Add(key, _week);
                    Weeks.Add(new ScannedWeek(_upn, _urn, slot.Week, slot.WeekStart, slot.AcademicYear));
                }
            }
            return Weeks[_week].Mark(session, (byte)mark);
        }

        private void NoteName(ReadOnlySpan<byte> name)
        {
            if (name.IsEmpty || (_nameBytes.TryGetValue(_urn, out var known) && name.SequenceEqual(known)))
                return;
            var text = Encoding.UTF8.GetString(name);
            if (!Names.TryGetValue(_urn, out var greatest) || string.CompareOrdinal(text, greatest) > 0)
                Names[_urn] = text;
            _nameBytes[_urn] = name.ToArray();
        }
    }
}
