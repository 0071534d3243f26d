using System.Text;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Writes a snapshot's <c>dictionary.csv</c> (table, column, type, meaning) from the comments the attached snapshot
/// carries (<c>Snapshots/dictionary.sql</c>), every cell safe to open in a spreadsheet.
/// </summary>
internal static class SnapshotDictionary
{
    private static readonly string[] Header = ["table", "column", "type", "meaning"];

    public static void Write(DuckDBConnection connection, List<string> names, string path)
    {
        using var command = connection.Command(SqlScripts.Get("Snapshots/dictionary.sql"), ("names", names));
        using var reader = command.ExecuteReader();
        using var file = OwnerOnly.CreateFile(path);
        using var csv = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
        csv.WriteLine(string.Join(',', Header));
        while (reader.Read())
            csv.WriteLine(string.Join(',', Header.Select(column => CsvText.Field(CsvText.FormulaSafe(reader.Get<string>(column))))));
    }
}
