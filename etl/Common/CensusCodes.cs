namespace BelongingInsights.Etl.Common;

/// <summary>The census code lists: gender, NC year, SEN provision, first language, ethnicity and leaving destinations.</summary>
public static class CensusCodes
{
    private static readonly HashSet<string> NcYears =
        ["E1", "E2", "N1", "N2", "R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "X"];

    public static string? Gender(string text) => HeaderName.Normalise(text) switch
    {
        "m" or "male" or "boy" => "M",
        "f" or "female" or "girl" => "F",
        "u" or "unknown" or "x" or "other" or "notknown" or "n" or "i" or "indeterminate" => "U",
        _ => null,
    };

    public static string? NcYear(string text)
    {
        var code = HeaderName.Normalise(text).ToUpperInvariant();
        if (code.StartsWith("YEAR", StringComparison.Ordinal))
            code = code[4..];
        else if (code.StartsWith('Y') && code.Length > 1 && char.IsAsciiDigit(code[1]))
            code = code[1..];
        code = code switch { "RECEPTION" or "REC" => "R", "NURSERY1" => "N1", "NURSERY2" => "N2", _ => code.TrimStart('0') };
        return NcYears.Contains(code) ? code : null;
    }

    /// <summary>N, K or E; the pre-2014 codes A and P become K and S becomes E, flagged as legacy.</summary>
    public static (string Code, bool Legacy)? SenProvision(string text) => HeaderName.Normalise(text) switch
    {
        "" or "n" or "none" or "nosen" or "no" => ("N", false),
        "k" or "sensupport" or "support" => ("K", false),
        "e" or "ehcp" or "ehcplan" or "ehc" or "educationhealthandcareplan" => ("E", false),
        "a" or "schoolaction" => ("K", true),
        "p" or "schoolactionplus" => ("K", true),
        "s" or "statement" or "statemented" => ("E", true),
        _ => null,
    };

    private static readonly HashSet<string> LanguageCodes = ["ENG", "ENB", "OTH", "OTB", "NOT", "REF", "INV", "MIS", "PEN"];

    /// <summary>The first-language code and whether it makes the pupil EAL (OTH or OTB); detailed language codes count as other than English.</summary>
    public static (string Code, bool? Eal)? FirstLanguage(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        if (code.Length == 0)
            return null;
        if (Flags.Parse(code) is { } flag)
            return (flag ? "OTH" : "ENG", flag);
        if (code is "ENGLISH")
            return ("ENG", false);
        if (LanguageCodes.Contains(code))
            return (code, code is "OTH" or "OTB" ? true : code is "ENG" or "ENB" ? false : null);
        return code.Length is 3 or 4 && code.All(char.IsAsciiLetter) ? ("OTH", true) : null;
    }

    /// <summary>DfE major ethnic group of a census code (main or extended): White, Mixed, Asian, Black, Chinese, Any other ethnic group or Unclassified.</summary>
    public static string? EthnicMajorGroup(string code) => code.Trim().ToUpperInvariant() switch
    {
        "" or "REFU" or "NOBT" => "Unclassified",
        "CHNE" => "Chinese",
        var c when c.Length < 3 || !c.All(char.IsAsciiLetter) => null,
        var c when c[0] == 'W' => "White",
        var c when c[0] == 'M' => "Mixed",
        var c when c[0] == 'A' => "Asian",
        var c when c[0] == 'B' => "Black",
        var c when c[0] == 'O' => "Any other ethnic group",
        _ => null,
    };

    /// <summary>Where a leaver went, as a category: the words schools use, matched loosely.</summary>
    public static string Destination(string text)
    {
        var words = text.Trim().ToLowerInvariant();
        if (words.Length == 0 || words.Contains("unknown", StringComparison.Ordinal) || words.Contains("missing", StringComparison.Ordinal) || words == "cme")
            return "unknown or missing education";
        if (words.Contains("home", StringComparison.Ordinal) || words == "ehe")
            return "elective home education";
        if (words.Contains("alternative", StringComparison.Ordinal) || words.Contains("pru", StringComparison.Ordinal) || words == "ap")
            return "alternative provision";
        if (words.Contains("exclu", StringComparison.Ordinal))
            return "permanent exclusion";
        if (words.Contains("school", StringComparison.Ordinal) || words.Contains("academy", StringComparison.Ordinal)
            || words.Contains("transfer", StringComparison.Ordinal) || words.Contains("college", StringComparison.Ordinal))
            return "another school";
        return "other";
    }
}
