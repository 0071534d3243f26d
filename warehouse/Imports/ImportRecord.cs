namespace BelongingInsights.Warehouse.Imports;

/// <summary>An import as the ledger holds it.</summary>
public sealed record ImportRecord(
    Guid Id,
    string FileName,
    string StoredPath,
    string ContentHash,
    string Source,
    string? InboxPath,
    string? RequestedKind,
    int? SchoolUrn,
    string? DetectedKind,
    string? Layout,
    string Status,
    int RowsRead,
    int RowsLoaded,
    int RowsQuarantined,
    int ProblemCount,
    string? Message,
    Guid? DuplicateOf,
    DateTime ReceivedAt,
    DateTime? FinishedAt,
    Guid? ReprocessOf,
    string? Wave)
{
    public bool CanReprocess => Status is ImportStatus.Rejected || (Status is ImportStatus.Succeeded && RowsQuarantined > 0);
}
