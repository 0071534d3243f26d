namespace BelongingInsights.Warehouse.AttendanceMarks;

/// <summary>
/// A pupil's keyed hash (64 hex digits) as the 32 bytes it stands for, so a bulk load can hold every pupil of the
/// dimension, half a million at national scale, without a string each.
/// </summary>
internal readonly record struct PupilHash(UInt128 First, UInt128 Last)
{
    /// <summary>The hash of 64 hex digits; null for any other text, which no pupil of a file hashes to.</summary>
    public static PupilHash? Of(string hex)
    {
        Span<byte> bytes = stackalloc byte[32];
        if (hex.Length != 64 || Convert.FromHexString(hex, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
            return null;
        return new PupilHash(BitConverter.ToUInt128(bytes), BitConverter.ToUInt128(bytes[16..]));
    }
}
