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

    /// <summary>
    /// Matches <paramref name="normalised"/> (the header's cells through <see cref="HeaderName.Normalise"/>, done once for
    /// every layout tried, as a cell may be a megabyte long) to the specs.
    /// </summary>
    public static ColumnMap Build(string[] normalised, IReadOnlyList<ColumnSpec> specs)
    {
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
