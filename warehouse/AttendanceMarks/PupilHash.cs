using System.Buffers;
using System.Buffers.Binary;

namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// A pupil's keyed hash (64 hex digits) as the 32 bytes it stands for, four words, so a bulk load can hold every
/// pupil of the dimension, half a million at national scale, without a string each. Four words rather than two
/// 128-bit halves, whose 16-byte alignment padded every dictionary entry (sizes in docs/performance.md).
/// </summary>
internal readonly record struct PupilHash(ulong First, ulong Second, ulong Third, ulong Fourth)
{
    /// <summary>The hash of 64 hex digits; null for any other text, which no pupil of a file hashes to.</summary>
    public static PupilHash? Of(string hex)
    {
        Span<byte> bytes = stackalloc byte[32];
        if (hex.Length != 64 || Convert.FromHexString(hex, bytes, out _, out _) != OperationStatus.Done)
            return null;
        return new PupilHash(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]), BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
    }
}
