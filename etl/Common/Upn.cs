namespace BelongingInsights.Etl.Common;

/// <summary>The DfE Unique Pupil Number: 13 characters, a check letter then 11 digits then a digit (or a letter for a temporary UPN).</summary>
public static class Upn
{
    private const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static UpnCheck Check(string raw)
    {
        var upn = Normalise(raw);
        if (upn.Length != 13)
            return UpnCheck.Invalid("must be 13 characters");
        if (Letters.IndexOf(upn[0], StringComparison.Ordinal) < 0)
            return UpnCheck.Invalid("must start with a check letter (A-Z except I, O and S)");
        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(upn[i]))
                return UpnCheck.Invalid("characters 2 to 12 must be digits");
        }
        var temporary = !char.IsAsciiDigit(upn[12]);
        if (temporary && Letters.IndexOf(upn[12], StringComparison.Ordinal) < 0)
            return UpnCheck.Invalid("the last character must be a digit, or a letter for a temporary UPN");
        if (CheckLetter(upn.AsSpan(1)) != upn[0])
            return UpnCheck.Invalid("has a check letter that does not match its digits");
        return new UpnCheck(upn, true, temporary, null);
    }

    /// <summary>The check letter for characters 2 to 13 of a UPN: each weighted by its position, modulo 23.</summary>
    public static char CheckLetter(ReadOnlySpan<char> lastTwelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = lastTwelve[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : Letters.IndexOf(c, StringComparison.Ordinal);
            sum += value * (i + 2);
        }
        return Letters[sum % 23];
    }

    /// <summary>
    /// Whether <paramref name="raw"/> has the shape of a UPN, check letter right or not: a letter, 11 digits,
    /// then a digit or a letter, ignoring case and spaces.
    /// </summary>
    public static bool LooksLike(string raw)
    {
        var value = Normalise(raw);
        if (value.Length != 13 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterOrDigit(value[12]))
            return false;
        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
                return false;
        }
        return true;
    }

    public static string Normalise(string raw) => raw.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}

public sealed record UpnCheck(string Normalised, bool IsValid, bool IsTemporary, string? Error)
{
    public static UpnCheck Invalid(string error) => new("", false, false, error);
}
