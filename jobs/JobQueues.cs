namespace BelongingInsights.Jobs;

public static class JobQueues
{
    /// <summary>Every job that writes the DuckDB file runs here; exactly one worker consumes it.</summary>
    public const string Warehouse = "warehouse";
}
