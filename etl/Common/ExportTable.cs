using System.Text;
using CsvHelper;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// A CSV export opened for reading: the separator is detected, title rows above the header are passed over,
/// the header is matched against the candidate layouts, and rows stop at a totals row.
/// </summary>
public sealed class ExportTable : IDisposable
{
    private const int HeaderSearchRows = 20;
    private readonly CsvReader _reader;
    private readonly ExportRow _row;
    private int _line;

    private ExportTable(CsvReader reader, ExportLayout layout, ColumnMap columns, int headerLine, string[] header, List<string> titleRows)
    {
        _reader = reader;
        Layout = layout;
        Columns = columns;
        Header = header;
        TitleRows = titleRows;
        _line = headerLine;
        _row = new ExportRow(reader, columns);
    }

    public ExportLayout Layout { get; }

    public ColumnMap Columns { get; }

    /// <summary>The cells of the header row, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The non-blank rows above the header (report titles, parameters), each as its cells joined by spaces.</summary>
    public IReadOnlyList<string> TitleRows { get; }

    /// <summary>Opens the file and finds its header; null, with a fatal problem logged, when no candidate layout matches.</summary>
    public static ExportTable? Open(string path, IReadOnlyList<ExportLayout> candidates, ProblemLog problems)
    {
        var reader = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = false,
            IncludeValuesInExceptions = false,
        });
        (int Line, ExportLayout Layout, ColumnMap Map)? closest = null;
        var titleRows = new List<string>();
        for (var line = 1; line <= HeaderSearchRows && reader.Read(); line++)
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            foreach (var layout in candidates)
            {
                var map = ColumnMap.Build(cells, layout.Columns);
                if (map.MissingRequired.Count == 0 && (layout.Recognises?.Invoke(cells) ?? true))
                    return new ExportTable(reader, layout, map, line, cells, titleRows);
                if (map.MatchedCount > 0 && map.MissingRequired.Count > 0 && (closest is null || map.MatchedCount > closest.Value.Map.MatchedCount))
                    closest = (line, layout, map);
            }
            var title = string.Join(' ', cells.Where(c => c.Trim().Length > 0));
            if (title.Length > 0)
                titleRows.Add(title);
        }
        reader.Dispose();
        problems.RefuseFile(closest?.Line ?? 1, "(header)", DescribeMissingHeader(candidates, closest));
        return null;
    }

    /// <summary>The data rows, stopping at the end of the file or at a totals row. Blank rows are passed over.</summary>
    public IEnumerable<ExportRow> Rows()
    {
        while (_reader.Read())
        {
            _line++;
            if (IsBlank())
                continue;
            if (IsTotals())
                yield break;
            _row.Line = _line;
            yield return _row;
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool IsBlank()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (!_reader.GetSpan(i).Trim(" \t"u8).IsEmpty)
                return false;
        }
        return true;
    }

    private bool IsTotals()
    {
        var first = _reader.GetString(0).Trim();
        return first.StartsWith("total", StringComparison.OrdinalIgnoreCase)
            || first.Equals("summary", StringComparison.OrdinalIgnoreCase);
    }

    private static string DescribeMissingHeader(
        IReadOnlyList<ExportLayout> candidates, (int Line, ExportLayout Layout, ColumnMap Map)? closest)
    {
        if (closest is not { } best)
        {
            var kinds = string.Join(", ", candidates.Select(c => ExportKindNames.NameOf(c.Kind)).Distinct());
            return $"No header row found in the first {HeaderSearchRows} rows. Expected the columns of one of: {kinds}.";
        }
        var missing = new StringBuilder();
        foreach (var column in best.Map.MissingRequired)
            missing.Append(missing.Length == 0 ? "" : ", ").Append(column.Name);
        return $"Row {best.Line} looks like the header of a {ExportKindNames.NameOf(best.Layout.Kind)} export "
            + $"but has no column for: {missing}.";
    }
}
