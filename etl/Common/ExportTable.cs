using System.Globalization;
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

    private ExportTable(CsvReader reader, string path, bool utf8, ExportLayout layout, ColumnMap columns, IReadOnlyList<string> headers, int headerLine, IReadOnlyList<string> titleRows)
    {
        _reader = reader;
        Path = path;
        HeaderFirstUtf8 = utf8 && headerLine == 1;
        Layout = layout;
        Columns = columns;
        Headers = headers;
        TitleRows = titleRows;
        _line = headerLine;
        _row = new ExportRow(reader, columns);
    }

    public string Path { get; }

    /// <summary>True when the header is the file's first line and its text is UTF-8, so other CSV readers can take the file as it is.</summary>
    public bool HeaderFirstUtf8 { get; }

    public ExportLayout Layout { get; }

    public ColumnMap Columns { get; }

    /// <summary>Every header cell of the file, trimmed, in file order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The non-blank rows above the header (report titles, parameters), each as its cells joined by spaces.</summary>
    public IReadOnlyList<string> TitleRows { get; }

    /// <summary>Opens the file within <see cref="ReadLimits.Default"/>.</summary>
    public static ExportTable? Open(string path, IReadOnlyList<ExportLayout> candidates, ProblemLog problems) =>
        Open(path, candidates, problems, ReadLimits.Default);

    /// <summary>
    /// Opens the file and finds its header; null, with a fatal problem logged, when no candidate layout matches or the
    /// file has a line or a row beyond <paramref name="limits"/>.
    /// </summary>
    public static ExportTable? Open(string path, IReadOnlyList<ExportLayout> candidates, ProblemLog problems, ReadLimits limits)
    {
        var sniffed = TextEncodingSniffer.Sniff(path);
        switch (sniffed.Shape)
        {
            case FileShape.Empty:
                problems.RefuseFile(1, "(file)", "The file is empty.");
                return null;
            case FileShape.Workbook:
                problems.RefuseFile(1, "(file)",
                    "This is an Excel workbook, not a CSV file. Open it in Excel, choose File > Save As > \"CSV UTF-8 (Comma delimited)\", and upload the CSV.");
                return null;
            case FileShape.NotText:
                problems.RefuseFile(1, "(file)",
                    $"This file is {sniffed.LooksLike}, not a CSV export. Export the report from your MIS as CSV (UTF-8) and upload that file.");
                return null;
        }
        if (LongLineScan.FirstLineLongerThan(path, limits.MaxLineBytes) is { } longLine)
        {
            problems.RefuseFile(longLine, "(file)", string.Create(CultureInfo.InvariantCulture,
                $"Row {longLine} of '{problems.FileName}' is longer than {limits.MaxLineBytes / 1024} KB (the {limits.LineSetting} setting), so the file was not read: nothing was loaded. Check that it is the CSV export itself, with one row per line; an administrator can raise the setting for a genuine file."));
            return null;
        }
        if (sniffed.Encoding!.CodePage == 1252)
            problems.Warn(0, "(file)", null, "The file is not UTF-8, so it was read as Windows-1252 (Excel's plain CSV). Check that accented names and symbols look right, or save as \"CSV UTF-8\".");
        var reader = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = false,
            IncludeValuesInExceptions = false,
            Encoding = sniffed.Encoding,
        });
        (int Line, ExportLayout Layout, ColumnMap Map)? closest = null;
        var titleRows = new List<string>();
        for (var line = 1; line <= HeaderSearchRows && reader.Read(); line++)
        {
            if (reader.FieldCount is var columns && columns > limits.MaxColumns)
            {
                reader.Dispose();
                problems.RefuseFile(line, "(file)", string.Create(CultureInfo.InvariantCulture,
                    $"Row {line} of '{problems.FileName}' has {columns} columns, more than {limits.MaxColumns} (the {limits.ColumnSetting} setting), so the file was not read: nothing was loaded. Check that it is the CSV export itself; an administrator can raise the setting for a genuine file."));
                return null;
            }
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
            var normalised = Array.ConvertAll(cells, HeaderName.Normalise);
            (ExportLayout Layout, ColumnMap Map)? best = null;
            foreach (var layout in candidates)
            {
                var map = ColumnMap.Build(normalised, layout.Columns);
                if (layout.Accepts(map, cells))
                {
                    if (best is null || map.MatchedCount > best.Value.Map.MatchedCount)
                        best = (layout, map);
                }
                else if (map.MatchedCount > 0 && (closest is null || map.MatchedCount > closest.Value.Map.MatchedCount))
                {
                    closest = (line, layout, map);
                }
            }
            if (best is { } found)
                return new ExportTable(reader, path, sniffed.Encoding.CodePage == Encoding.UTF8.CodePage, found.Layout, found.Map, cells, line, titleRows);
            var title = string.Join(' ', cells.Where(c => c.Length > 0));
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
            var kinds = string.Join(", ", candidates.Select(c => ExportKinds.CodeOf(c.Kind)).Distinct());
            return $"No header row found in the first {HeaderSearchRows} rows. Expected the columns of one of: {kinds}.";
        }
        if (best.Map.MissingRequired.Count == 0)
        {
            return $"Row {best.Line} looks like a {ExportKinds.CodeOf(best.Layout.Kind)} header for {best.Layout.Name}, "
                + $"but fewer than {best.Layout.MinimumLooseMatches} of its questions could be matched to their wording.";
        }
        var missing = new StringBuilder();
        foreach (var column in best.Map.MissingRequired)
            missing.Append(missing.Length == 0 ? "" : ", ").Append(column.Name);
        return $"Row {best.Line} looks like a header for {ExportKinds.CodeOf(best.Layout.Kind)} exports "
            + $"but has no column for: {missing}.";
    }
}
