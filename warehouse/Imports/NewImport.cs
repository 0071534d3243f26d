namespace BelongingInsights.Warehouse.Imports;

/// <summary>A file received and stored, waiting for its import job.</summary>
public sealed record NewImport(
    string FileName, string StoredPath, string ContentHash, string Source, string? InboxPath, string? RequestedKind, int? SchoolUrn, string? Wave,
    ImportCaller Uploader, string? Period = null);
