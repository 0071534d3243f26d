namespace BelongingInsights.Warehouse;

/// <summary>Cells of a CSV file (RFC 4180) that people open in a spreadsheet.</summary>
public static class CsvText
{
    /// <summary>The text as one CSV field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break.</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    /// <summary>
    /// Text a spreadsheet shows as text, never runs: one that starts as a formula would (<c>= + - @</c>, a tab or a
    /// carriage return) is given a leading apostrophe.
    /// </summary>
    public static string FormulaSafe(string text) =>
        text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
}
