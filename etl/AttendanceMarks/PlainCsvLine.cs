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
    /// The line's comma-separated cells, a cell wholly in double quotes without its quotes; false when the line
    /// holds more or fewer cells than the header, or a quote anywhere else (an escaped quote, say).
    /// </summary>
    public static bool Split(ReadOnlySpan<byte> line, Span<Range> cells)
    {
        var quoted = line.Contains((byte)'"');
        var start = 0;
        for (var cell = 0; cell < cells.Length; cell++)
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
            start = end + 1;
        }
        return true;
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> cell) => cell.Trim((byte)' ');

    /// <summary>The cell's bytes and length as one number; null when it is longer than 15 bytes.</summary>
    public static UInt128? Pack(ReadOnlySpan<byte> cell)
    {
        if (cell.Length > MaxPackedBytes)
            return null;
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        cell.CopyTo(bytes);
        bytes[15] = (byte)cell.Length;
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }

    /// <summary>The text of a cell <see cref="Pack"/> packed.</summary>
    public static string Unpack(UInt128 packed)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, packed);
        return Encoding.UTF8.GetString(bytes[..bytes[15]]);
    }
}
