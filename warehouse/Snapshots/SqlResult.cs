namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>An evaluator query's answer: its columns, up to the row limit of rows, whether more were cut, and how long it took.</summary>
public sealed record SqlResult(IReadOnlyList<SqlColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated, long ElapsedMs);

/// <summary>A result column's name and DuckDB type.</summary>
public sealed record SqlColumn(string Name, string Type);
