namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Thrown by a loader that took a file in bulk and only then found a problem that the row-by-row read reports with its
/// row. DuckDB has no savepoints, so the pipeline rolls the whole import back and reads the file again row by row.
/// </summary>
public sealed class RowByRowReadNeeded(string reason) : Exception(reason);
