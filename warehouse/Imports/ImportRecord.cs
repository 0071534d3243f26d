using BelongingInsights.Etl.Common;

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
    int WarningCount,
    string? Message,
    Guid? DuplicateOf,
    DateTime ReceivedAt,
    DateTime? FinishedAt,
    Guid? ReprocessOf,
    string? Wave,
    ImportCaller Uploader,
    DateTime? FileDeletedAt,
    DateTime? MartsRefreshedAt)
{
    /// <summary>The period chosen at upload (dd/mm/yyyy-dd/mm/yyyy), for a summary whose rows and title rows do not say.</summary>
    public string? Period { get; init; }

    /// <summary>The first and last date its rows are about, once it has loaded (null for a school list or a 360 audit).</summary>
    public ReportPeriod? Covers { get; init; }

    /// <summary>The names of the schools its rows are for that the caller may see, as the imports list reads them.</summary>
    public IReadOnlyList<string> SchoolNames { get; init; } = [];

    /// <summary>What its rows are about in words: the terms they cover, else the survey wave it was sent for.</summary>
    public string? PeriodText => Covers?.Text ?? Wave;

    /// <summary>When the import was undone, if it was.</summary>
    public DateTime? UndoneAt { get; init; }

    /// <summary>Whether running the file again could load more: it was rejected, or rows were held back.</summary>
    public bool CanReprocess => Status is ImportStatus.Rejected || (Status is ImportStatus.Succeeded && RowsQuarantined > 0);

    /// <summary>The status in words, naming a succeeded import's warnings so they are not missed in a list.</summary>
    public string StatusText => Status == ImportStatus.Succeeded && WarningCount > 0
        ? $"{Status} with {WarningCount} warning{(WarningCount == 1 ? "" : "s")}"
        : Status;

    /// <summary>Whether the stored file is gone (Imports:KeepUploadsDays after the import was final), so it cannot run again.</summary>
    public bool FileDeleted => FileDeletedAt is not null;
}
