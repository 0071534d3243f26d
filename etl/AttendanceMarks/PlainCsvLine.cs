using System.Buffers.Binary;
using System.Text;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// The cells of one line of a plain CSV file, as bytes: comma-separated, a cell optionally wholly in double quotes,
/// and a cell's bytes packed into one number so distinct cells can be counted without making strings.
/// </summary>
internal static class PlainCsvLine
{
    private const int MaxPackedBytes = 15;

    /// <summary>
    /// The line's comma-separated cells from cell <paramref name="from"/> on, a cell wholly in double quotes without its
    /// quotes, and where each ends (its separating comma, or the line's end); the cells before are taken to be where
    /// <paramref name="ends"/> already says. False when the line holds more or fewer cells than the header, or a quote
    /// anywhere else (an escaped quote, say).
    /// </summary>
    public static bool Split(ReadOnlySpan<byte> line, Span<Range> cells, Span<int> ends, int from)
    {
        var start = from == 0 ? 0 : ends[from - 1] + 1;
        var quoted = line[start..].Contains((byte)'"');
        for (var cell = from; cell < cells.Length; cell++)
        {
            var last = cell == cells.Length - 1;
            int end;
            if (quoted && start < line.Length && line[start] == (byte)'"')
            {
                var close = line[(start + 1)..].IndexOf((byte)'"');
                if (close < 0)
                    return false;
                cells[cell] = new Range(start + 1, start + 1 + close);
                end = start + close + 2;
                if (end < line.Length && line[end] != (byte)',')
                    return false;
            }
            else
            {
                var comma = line[start..].IndexOf((byte)',');
                end = comma < 0 ? line.Length : start + comma;
                cells[cell] = new Range(start, end);
                if (quoted && line[start..end].Contains((byte)'"'))
                    return false;
            }
            if (last != (end == line.Length))
                return false;
            ends[cell] = end;
            start = end + 1;
        }
        return true;
    }

    /// <summary>
    /// How many of the line's first cells are, byte for byte, those of the line before it (whose cells ended at
    /// <paramref name="ends"/>): the cells whose separating comma falls within the two lines' common start.
    /// </summary>
    public static int SameCells(ReadOnlySpan<byte> line, ReadOnlySpan<byte> before, ReadOnlySpan<int> ends)
    {
        if (before.IsEmpty)
            return 0;
        var same = line.CommonPrefixLength(before);
        var cells = 0;
        while (cells < ends.Length - 1 && ends[cells] < same)
            cells++;
        return cells;
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> cell) => cell.Trim((byte)' ');

    /// <summary>
    /// The cell's bytes and length as one number (its bytes in order from the lowest, its length in the highest byte);
    /// null when it is longer than 15 bytes. Read as two overlapping words (a cell under four bytes byte by byte).
    /// </summary>
    public static UInt128? Pack(ReadOnlySpan<byte> cell)
    {
        var length = cell.Length;
        ulong low, high = 0;
        if (length > MaxPackedBytes)
            return null;
        if (length >= 8)
        {
            low = BinaryPrimitives.ReadUInt64LittleEndian(cell);
            if (length > 8)
                high = BinaryPrimitives.ReadUInt64LittleEndian(cell[(length - 8)..]) >> (8 * (16 - length));
        }
        else if (length >= 4)
        {
            low = BinaryPrimitives.ReadUInt32LittleEndian(cell)
                | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(cell[(length - 4)..]) << (8 * (length - 4)));
        }
        else
        {
            low = 0;
            for (var i = 0; i < length; i++)
                low |= (ulong)cell[i] << (8 * i);
        }
        return new UInt128(high | ((ulong)length << 56), low);
    }

    /// <summary>The text of a cell <see cref="Pack"/> packed.</summary>
    public static string Unpack(UInt128 packed)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, packed);
        return Encoding.UTF8.GetString(bytes[..bytes[15]]);
    }
}
