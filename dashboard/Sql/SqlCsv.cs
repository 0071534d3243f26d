using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Snapshots;

namespace BelongingInsights.Dashboard.Sql;

/// <summary>A query's result as CSV (RFC 4180): a header of column names, then a line per row; lists and structs as JSON.</summary>
public static class SqlCsv
{
    public static string Write(SqlResult result)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', result.Columns.Select(c => CsvText.Field(c.Name))).Append("\r\n");
        foreach (var row in result.Rows)
            csv.AppendJoin(',', row.Select(value => CsvText.Field(Text(value)))).Append("\r\n");
        return csv.ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => JsonSerializer.Serialize(value),
        _ => value.ToString() ?? "",
    };
}
