using System.Globalization;
using System.Text;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>One kind of problem an import met: what is wrong, how often, in which columns and on which rows first.</summary>
public sealed record ProblemGroup(string Severity, string Message, int Count, string Columns, IReadOnlyList<int> FirstRows)
{
    private const string CsvHeader = "severity,problem,count,columns,first rows";

    /// <summary>
    /// The groups as a CSV file for a spreadsheet, one line each: every cell formula-safe (<see cref="CsvText.FormulaSafe"/>),
    /// as a message can quote a cell of the uploaded file.
    /// </summary>
    public static string Csv(IEnumerable<ProblemGroup> groups)
    {
        var csv = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (var group in groups)
        {
            string[] cells =
            [
                group.Severity.ToLowerInvariant(), group.Message, group.Count.ToString(CultureInfo.InvariantCulture), group.Columns,
                string.Join(' ', group.FirstRows.Select(row => row.ToString(CultureInfo.InvariantCulture))),
            ];
            csv.AppendJoin(',', cells.Select(cell => CsvText.Field(CsvText.FormulaSafe(cell)))).Append("\r\n");
        }
        return csv.ToString();
    }
}
