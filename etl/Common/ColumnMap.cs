namespace BelongingInsights.Etl.Common;

/// <summary>Where each canonical column sits in a file's header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, int> _indexes;

    private ColumnMap(Dictionary<string, int> indexes, IReadOnlyList<ColumnSpec> missingRequired)
    {
        _indexes = indexes;
        MissingRequired = missingRequired;
    }

    public IReadOnlyList<ColumnSpec> MissingRequired { get; }

    public int MatchedCount => _indexes.Count;

    public static ColumnMap Build(IReadOnlyList<string> headers, IReadOnlyList<ColumnSpec> specs)
    {
        var normalised = headers.Select(HeaderName.Normalise).ToArray();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<ColumnSpec>();
        foreach (var spec in specs)
        {
            var index = Array.FindIndex(normalised, spec.Matches);
            if (index >= 0)
                indexes[spec.Name] = index;
            else if (spec.Required)
                missing.Add(spec);
        }
        return new ColumnMap(indexes, missing);
    }

    public bool Has(ColumnSpec column) => _indexes.ContainsKey(column.Name);

    public int? IndexOf(ColumnSpec column) => _indexes.TryGetValue(column.Name, out var index) ? index : null;
}
