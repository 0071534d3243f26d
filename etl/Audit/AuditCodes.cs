using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Audit;

/// <summary>The four areas of the Belonging Matters 360 audit and its three ratings, read from the words schools use.</summary>
public static class AuditCodes
{
    public static readonly IReadOnlyList<string> Areas =
    [
        "Creating an inclusive culture",
        "Whole-school data, policies and training",
        "Fostering positive relationships",
        "School activities",
    ];

    /// <summary>The area's number (1 to 4) and name, from its name, a short form ("relationships") or its number ("Area 3").</summary>
    public static (int Order, string Name)? Area(string text)
    {
        var words = HeaderName.Normalise(text);
        if (words.StartsWith("area", StringComparison.Ordinal))
            words = words[4..];
        int? order = words switch
        {
            "1" => 1,
            "2" => 2,
            "3" => 3,
            "4" => 4,
            _ when words.Contains("culture", StringComparison.Ordinal) || words.Contains("inclusi", StringComparison.Ordinal) => 1,
            _ when words.Contains("data", StringComparison.Ordinal) || words.Contains("polic", StringComparison.Ordinal) || words.Contains("training", StringComparison.Ordinal) => 2,
            _ when words.Contains("relationship", StringComparison.Ordinal) => 3,
            _ when words.Contains("activit", StringComparison.Ordinal) => 4,
            _ => null,
        };
        return order is { } o ? (o, Areas[o - 1]) : null;
    }

    /// <summary>fully met (score 2), partially met (1) or not yet met (0); the words, short forms and RAG colours schools use.</summary>
    public static (string Rating, int Score)? Rating(string text) => HeaderName.Normalise(text) switch
    {
        "fullymet" or "fully" or "met" or "yes" or "achieved" or "green" or "g" => ("fully met", 2),
        "partiallymet" or "partially" or "partlymet" or "partly" or "partial" or "inprogress" or "developing" or "amber" or "a" => ("partially met", 1),
        "notyetmet" or "notyet" or "notmet" or "no" or "notstarted" or "red" or "r" => ("not yet met", 0),
        _ => null,
    };
}
