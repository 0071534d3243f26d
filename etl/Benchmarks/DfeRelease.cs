using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Benchmarks;

/// <summary>
/// How one kind of DfE statistics file is read: its identity columns (layout), the names its measures go by
/// in different releases, the rates that can be recomputed from a row, and the counts that show rounding.
/// </summary>
public sealed record DfeRelease(
    ExportLayout Layout,
    IReadOnlyDictionary<string, string> MeasureNames,
    IReadOnlyList<RateRule> Rates,
    IReadOnlyList<string> Counts)
{
    /// <summary>The measure name for a header: the canonical name where releases differ, else the header itself.</summary>
    public string MeasureFor(string header)
    {
        var name = header.Trim().ToLowerInvariant();
        return MeasureNames.TryGetValue(HeaderName.Normalise(name), out var canonical) ? canonical : name;
    }
}
