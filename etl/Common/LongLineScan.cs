namespace BelongingInsights.Etl.Common;

/// <summary>
/// Finds the first line longer than a limit by streaming the file's bytes, so a file with one enormous line is refused
/// without ever holding that line in memory. A quoted cell that spans lines counts as separate lines, which only
/// makes the check more lenient.
/// </summary>
public static class LongLineScan
{
    /// <summary>The 1-based number of the first line longer than <paramref name="maxBytes"/>, or null when none is.</summary>
    public static int? FirstLineLongerThan(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var block = new byte[1 << 20];
        var line = 1;
        long length = 0;
        int read;
        while ((read = stream.Read(block)) > 0)
        {
            var rest = block.AsSpan(0, read);
            int end;
            while ((end = rest.IndexOf((byte)'\n')) >= 0)
            {
                if (length + end > maxBytes)
                    return line;
                line++;
                length = 0;
                rest = rest[(end + 1)..];
            }
            length += rest.Length;
            if (length > maxBytes)
                return line;
        }
        return null;
    }
}
