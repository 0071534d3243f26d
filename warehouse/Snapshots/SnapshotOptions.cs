namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>The <c>Snapshots</c> settings section: the evaluator's copies of the warehouse, and the SQL sandbox over them.</summary>
public sealed class SnapshotOptions
{
    public const string Section = "Snapshots";

    /// <summary>How many snapshots are kept; older ones are deleted after each publish.</summary>
    public int Keep { get; set; } = 3;

    /// <summary>How long an evaluator's query may run before it is stopped, in seconds.</summary>
    public int QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>The most rows a query returns; a longer result is cut there and marked truncated.</summary>
    public int RowLimit { get; set; } = 100_000;

    /// <summary>DuckDB's memory limit for each evaluator query, apart from the warehouse's own.</summary>
    public string QueryMemoryLimit { get; set; } = "256MB";

    /// <summary>The threads each evaluator query may use, so the dashboard keeps a core.</summary>
    public int QueryThreads { get; set; } = 1;

    /// <summary>How many evaluator queries may run at once; more wait for a free place until their time limit.</summary>
    public int MaxConcurrentQueries { get; set; } = 2;
}
