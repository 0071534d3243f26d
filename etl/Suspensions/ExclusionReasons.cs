using BelongingInsights.Etl.Common;
using CsvHelper;

namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// Maps a reason as schools export it (a DfE code, a DfE description, a pre-2020 name or a local code or wording
/// listed in the embedded <c>exclusion-reasons.csv</c>) to its DfE reason code. A code followed by words
/// ("PA - Physical assault...") is read by its code, and only the code is kept, as the words may be free text.
/// Adding a local code is adding a row.
/// </summary>
public static class ExclusionReasons
{
    /// <summary>The DfE code an unrecognised reason counts as: "other", withdrawn from the census in 2020.</summary>
    public const string Other = "OT";

    private const int MaxCodeLength = 6;

    private static readonly Dictionary<string, string> ByAlias = Load();

    /// <summary>Every DfE code a reason can be mapped to.</summary>
    public static IReadOnlySet<string> DfeCodes { get; } = ByAlias.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>The reason, or null when <paramref name="text"/> is not one we know.</summary>
    public static ExclusionReason? Recognise(string text)
    {
        var trimmed = text.Trim();
        if (ByAlias.TryGetValue(HeaderName.Normalise(trimmed), out var code))
            return new ExclusionReason(trimmed, code);
        var separator = trimmed.IndexOfAny(['-', '–', ':']);
        if (separator > 0 && trimmed[..separator].Trim() is { Length: <= MaxCodeLength } prefix && ByAlias.TryGetValue(HeaderName.Normalise(prefix), out code))
            return new ExclusionReason(prefix, code);
        return null;
    }

    /// <summary>True when unrecognised text is short enough to be a local code, so it is safe to keep and show.</summary>
    public static bool LooksLikeCode(string text) =>
        text.Trim() is { Length: > 0 and <= MaxCodeLength } code && code.All(char.IsAsciiLetterOrDigit);

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(ExclusionReasons).Assembly.GetManifestResourceStream("Suspensions/exclusion-reasons.csv")!;
        using var reader = CsvReader.Create(stream, new CsvReaderOptions());
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
            aliases.Add(HeaderName.Normalise(reader.GetString(0)), reader.GetString(1));
        return aliases;
    }
}
