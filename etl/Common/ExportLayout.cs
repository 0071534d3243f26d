namespace BelongingInsights.Etl.Common;

/// <summary>
/// One way an export kind is laid out: its canonical columns and their header aliases. A header row is this
/// layout's when it has every required column and at least <see cref="MinimumLooseMatches"/> of its loosely
/// matched (survey item) columns.
/// </summary>
public sealed record ExportLayout(ExportKind Kind, string Name, IReadOnlyList<ColumnSpec> Columns, int MinimumLooseMatches = 0)
{
    public bool Accepts(ColumnMap map) =>
        map.MissingRequired.Count == 0 && Columns.Count(c => c.Loose && map.Has(c)) >= MinimumLooseMatches;
}
