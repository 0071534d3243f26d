namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>An evaluator's query the sandbox refused or DuckDB could not run; the message is safe to show them.</summary>
public sealed class SqlQueryRefused(string message) : Exception(message);
