namespace BelongingInsights.Etl.Common;

/// <summary>Header matching ignores case, spacing and punctuation: "Possible Sessions", "possible_sessions" and "POSSIBLE-SESSIONS" are one name.</summary>
public static class HeaderName
{
    public static string Normalise(string header)
    {
        Span<char> buffer = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        var length = 0;
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
                buffer[length++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
    }
}
