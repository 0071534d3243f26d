namespace BelongingInsights.Warehouse.Imports;

/// <summary>The states of an import, as the ledger and the API name them.</summary>
public static class ImportStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    /// <summary>Its rows were taken out of the warehouse again, and the imports it had replaced brought back.</summary>
    public const string Undone = "undone";

    /// <summary>Every status an import can have, as lists filter by them.</summary>
    public static readonly IReadOnlyList<string> All = [Queued, Running, Succeeded, Rejected, Failed, Undone];

    public static bool IsFinished(string status) => status is Succeeded or Rejected or Failed or Undone;
}
