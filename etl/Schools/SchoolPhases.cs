using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Schools;

/// <summary>
/// Reads a school's phase as one of primary, secondary, all-through, special or alternative provision, from the
/// words GIAS, the census and MIS exports use. An establishment type saying special or alternative provision wins,
/// because GIAS gives those schools the phase "Not applicable". Nursery schools count as primary, 16 plus as secondary.
/// </summary>
public static class SchoolPhases
{
    public static string? Of(string phase, string type)
    {
        var kind = HeaderName.Normalise(type);
        if (kind.Contains("special", StringComparison.Ordinal))
            return "special";
        if (kind.Contains("alternativeprovision", StringComparison.Ordinal) || kind.Contains("pupilreferral", StringComparison.Ordinal) || kind == "pru")
            return "alternative provision";
        var words = HeaderName.Normalise(phase);
        if (words.Length > 6 && words.EndsWith("school", StringComparison.Ordinal))
            words = words[..^6];
        return words switch
        {
            "primary" or "ps" or "nursery" or "ns" or "infant" or "infants" or "junior" or "juniors" or "infantandjunior"
                or "first" or "middledeemedprimary" or "mp" => "primary",
            "secondary" or "ss" or "middledeemedsecondary" or "ms" or "16plus" or "post16" or "sixthform" or "1619"
                or "high" or "upper" => "secondary",
            "allthrough" or "at" or "through" => "all-through",
            "special" or "sp" => "special",
            "alternativeprovision" or "ap" or "pru" or "pr" or "pupilreferralunit" => "alternative provision",
            _ => null,
        };
    }
}
