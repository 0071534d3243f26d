using System.Text;
using Microsoft.Win32.SafeHandles;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>How one slice of a segment is read, on a thread of its own, line by line into pupil weeks.</summary>
public sealed partial class LongMarksScan
{
    /// <summary>
    /// What one thread keeps from one segment's slice to its next: its look-ups of the shared distinct values, and
    /// its read buffer.
    /// </summary>
    internal sealed class SliceCaches(LongMarksScan scan)
    {
        private const int BufferBytes = 1 << 20;

        public SliceValueCache Upns { get; } = new(scan._upns);

        public SliceValueCache Urns { get; } = new(scan._urns);

        public SliceValueCache Dates { get; } = new(scan._dates);

        public SliceValueCache Marks { get; } = new(scan._marks);

        public SliceValueCache Sessions { get; } = new(scan._sessions);

        public List<DateSlot?> DateSlots { get; } = [];

        public List<bool?> Pm { get; } = [];

        /// <summary>The name each URN cell was last given, as bytes, so a name is decoded only when it changes.</summary>
        public Dictionary<int, byte[]> NameBytes { get; } = [];

        public byte[] Buffer { get; } = new byte[BufferBytes];
    }

    /// <summary>One slice of a segment, read on one thread.</summary>
    internal sealed class Slice(LongMarksScan scan, SliceCaches caches)
    {
        private readonly Range[] _cells = new Range[scan._columns.Width];
        private readonly int[] _ends = new int[scan._columns.Width];
        private int _upn = -1;
        private int _urn = -1;
        private int _date = -1;
        private DateSlot _slot;
        private int _session = -1;
        private bool _pm;
        private int _mark = -1;
        private int _week = -1;

        public long Rows { get; private set; }

        public List<ScannedWeek> Weeks { get; } = [];

        /// <summary>Where each pupil week (UPN cell, URN cell, week of the file) is in <see cref="Weeks"/>.</summary>
        public Dictionary<long, int> WeekIndexes { get; } = [];

        /// <summary>The pairs of a date and a mark this slice met first, as date × <see cref="MaxMarks"/> + mark.</summary>
        public List<int> NewDateMarks { get; } = [];

        public List<int> FirstDay { get; } = [];

        public List<int> LastDay { get; } = [];

        public Dictionary<int, string> Names { get; } = [];

        public static Slice? Read(LongMarksScan scan, SliceCaches caches, SafeFileHandle file, long start, long end)
        {
            var slice = new Slice(scan, caches);
            var buffer = caches.Buffer;
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
            ReadOnlySpan<byte> before = [];
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
                if (line.IsEmpty)
                    continue;
                if (!ReadLine(line, before))
                    return -1;
                before = line;
            }
            return used;
        }

        /// <summary>
        /// Reads one line into its pupil's week. The cells it shares, byte for byte, with the line before it (in a
        /// long export, mostly the pupil, the school and the date) are neither split, packed nor looked up again:
        /// their values are the line before's.
        /// </summary>
        private bool ReadLine(ReadOnlySpan<byte> line, ReadOnlySpan<byte> before)
        {
            var columns = scan._columns;
            var same = PlainCsvLine.SameCells(line, before, _ends);
            if (!PlainCsvLine.Split(line, _cells, _ends, same))
                return false;
            if (_upn < 0 || columns.Upn >= same)
            {
                if (IndexOf(caches.Upns, line, columns.Upn) is not { } upn || upn >= MaxUpns)
                    return false;
                if (upn != _upn)
                {
                    _upn = upn;
                    _week = -1;
                }
            }
            var newSchool = false;
            if (_urn < 0 || columns.Urn >= same)
            {
                if (IndexOf(caches.Urns, line, columns.Urn) is not { } urn)
                    return false;
                if (urn != _urn)
                {
                    _urn = urn;
                    _week = -1;
                    newSchool = true;
                    while (FirstDay.Count <= _urn)
                    {
                        FirstDay.Add(int.MaxValue);
                        LastDay.Add(int.MinValue);
                    }
                }
            }
            if (columns.Name >= 0 && (newSchool || columns.Name >= same))
                NoteName(PlainCsvLine.Trim(line[_cells[columns.Name]]));
            if (_date < 0 || columns.Date >= same)
            {
                if (IndexOf(caches.Dates, line, columns.Date) is not { } date || date >= MaxDates || SlotOf(date) is not { } slot)
                    return false;
                (_date, _slot) = (date, slot);
            }
            if (_session < 0 || columns.Session >= same)
            {
                if (IndexOf(caches.Sessions, line, columns.Session) is not { } session || PmOf(session) is not { } pm)
                    return false;
                (_session, _pm) = (session, pm);
            }
            if (_mark < 0 || columns.Mark >= same)
            {
                if (IndexOf(caches.Marks, line, columns.Mark) is not { } mark || mark >= MaxMarks)
                    return false;
                _mark = mark;
            }
            var pair = (_date * MaxMarks) + _mark;
            if (!scan._dateMarkSeen[pair])
            {
                scan._dateMarkSeen[pair] = true;
                NewDateMarks.Add(pair);
            }
            FirstDay[_urn] = Math.Min(FirstDay[_urn], _slot.DayNumber);
            LastDay[_urn] = Math.Max(LastDay[_urn], _slot.DayNumber);
            Rows++;
            return Mark(_slot, (_slot.Day * 2) + (_pm ? 1 : 0), _mark + 1);
        }

        /// <summary>The index of a column's cell among its distinct values (a column the file lacks: an empty cell); null when the cell is too long to pack.</summary>
        private int? IndexOf(SliceValueCache values, ReadOnlySpan<byte> line, int column) =>
            PlainCsvLine.Pack(column < 0 ? [] : PlainCsvLine.Trim(line[_cells[column]])) is { } packed ? values.IndexOf(packed) : null;

        private DateSlot? SlotOf(int date)
        {
            while (caches.DateSlots.Count <= date)
                caches.DateSlots.Add(null);
            return caches.DateSlots[date] ??= scan.DateSlotOf(date);
        }

        private bool? PmOf(int session)
        {
            while (caches.Pm.Count <= session)
                caches.Pm.Add(null);
            return caches.Pm[session] ??= scan.IsPm(session);
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
            if (name.IsEmpty || (caches.NameBytes.TryGetValue(_urn, out var known) && name.SequenceEqual(known)))
                return;
            var text = Encoding.UTF8.GetString(name);
            if (!Names.TryGetValue(_urn, out var greatest) || string.CompareOrdinal(text, greatest) > 0)
                Names[_urn] = text;
            caches.NameBytes[_urn] = name.ToArray();
        }
    }
}
