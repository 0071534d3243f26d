namespace BelongingInsights.Etl.Common;

/// <summary>
/// One way an export kind is laid out: its canonical columns and their header aliases. A header row is this
/// layout's when it has every required column, at least <see cref="MinimumLooseMatches"/> of its loosely
/// matched (survey item) columns and, for layouts whose columns are not fixed (a column per session), passes
/// <see cref="Recognises"/>.
/// </summary>
public sealed record ExportLayout(
    ExportKind Kind,
    string Name,
    IReadOnlyList<ColumnSpec> Columns,
    int MinimumLooseMatches = 0,
    Func<IReadOnlyList<string>, bool>? Recognises = null)
{
    public bool Accepts(ColumnMap map, IReadOnlyList<string> headerCells) =>
        map.MissingRequired.Count == 0
        && Columns.Count(c => c.Loose && map.Has(c)) >= MinimumLooseMatches
        && (Recognises?.Invoke(headerCells) ?? true);
}
