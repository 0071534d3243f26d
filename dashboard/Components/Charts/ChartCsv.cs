using System.Globalization;
using System.Text;
using BelongingInsights.Warehouse;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// A chart's table as CSV (RFC 4180). A text cell that a spreadsheet would run as a formula (beginning with =, +, -
/// or @) is prefixed with an apostrophe; a number, negative ones too, is left as it is.
/// </summary>
public static class ChartCsv
{
    public static string Write(ChartTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', table.Columns.Select(c => CsvText.Field(Neutralised(c)))).Append("\r\n");
        foreach (var row in table.Rows)
            csv.AppendJoin(',', row.Select(cell => CsvText.Field(Neutralised(cell)))).Append("\r\n");
        return csv.ToString();
    }

    public static string Neutralised(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;
}
