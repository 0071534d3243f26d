using CsvHelper;

namespace BelongingInsights.Etl.Common;

/// <summary>The current data row of an <see cref="ExportTable"/>; valid until the next row is read.</summary>
public sealed class ExportRow
{
    private readonly CsvReader _reader;
    private readonly ColumnMap _columns;

    internal ExportRow(CsvReader reader, ColumnMap columns)
    {
        _reader = reader;
        _columns = columns;
    }

    /// <summary>The row number a spreadsheet shows for this row (title and header rows count).</summary>
    public int Line { get; internal set; }

    /// <summary>The trimmed value of a column, or an empty string when the file has no such column.</summary>
    public string Get(ColumnSpec column)
    {
        var index = _columns.IndexOf(column);
        return index is { } i ? Get(i) : "";
    }

    /// <summary>The trimmed value of the cell at a position, or an empty string past the row's end.</summary>
    public string Get(int index) => index < _reader.FieldCount ? _reader.GetString(index).Trim() : "";
}
