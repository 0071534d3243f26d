using Microsoft.Extensions.Logging;

namespace BelongingInsights.Warehouse;

/// <summary>The warehouse's log messages: ids and counts only, never row contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied warehouse migration {Version}")]
    public static partial void MigrationApplied(ILogger logger, string version);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Import {ImportId} ({ExportKind}) {Status}: {RowsRead} rows read, {RowsLoaded} loaded, {RowsQuarantined} quarantined in {DurationMs} ms")]
    public static partial void ImportFinished(ILogger logger, Guid importId, string exportKind, string status, int rowsRead, int rowsLoaded, int rowsQuarantined, long durationMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Import {ImportId} is read again row by row: {Reason}")]
    public static partial void ReadingRowByRow(ILogger logger, Guid importId, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "Import {ImportId} could not finish: {ExceptionType}")]
    public static partial void ImportFailed(ILogger logger, Guid importId, string exceptionType);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Import {ImportId}: {Rows} session marks checked and staged in bulk")]
    public static partial void MarksStagedInBulk(ILogger logger, Guid importId, int rows);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Deleted {Files} stored uploads and {InboxCopies} inbox copies final for more than {Days} days")]
    public static partial void UploadsDeleted(ILogger logger, int files, int inboxCopies, int days);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Refreshed marts: {ScriptsRun} of {ScriptCount} scripts ran, in {DurationMs} ms")]
    public static partial void MartsRefreshed(ILogger logger, int scriptsRun, int scriptCount, long durationMs);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error,
        Message = "The marts were not refreshed: the data directory's disk filled ({FreeMegabytes} MB free now); the pages show the marts of the last refresh that finished")]
    public static partial void MartsNotRefreshedDiskFull(ILogger logger, long freeMegabytes);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error,
        Message = "The marts were not refreshed: they needed more memory than Warehouse:MemoryLimit ({MemoryLimit}); the pages show the marts of the last refresh that finished")]
    public static partial void MartsNotRefreshedOutOfMemory(ILogger logger, string memoryLimit);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "No pseudonymisation key configured; generated one at {KeyPath}")]
    public static partial void PseudonymisationKeyGenerated(ILogger logger, string keyPath);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Published snapshot {Snapshot} in {DurationMs} ms")]
    public static partial void SnapshotPublished(ILogger logger, string snapshot, long durationMs);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Took backup {Backup} ({SizeBytes} bytes) in {DurationMs} ms")]
    public static partial void BackupTaken(ILogger logger, string backup, long sizeBytes, long durationMs);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "An inbox file was set aside in rejected/: {Reason}")]
    public static partial void InboxFileSetAside(ILogger logger, string reason);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "An inbox file could not be moved ({ExceptionType}); the next scan tries again")]
    public static partial void InboxMoveFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "The warehouse's log was not folded into its file this time: {Reason}")]
    public static partial void CheckpointDeferred(ILogger logger, string reason);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "DuckDB had stopped the warehouse ({Reason}); it is opened afresh once the connections in use close")]
    public static partial void WarehouseReopened(ILogger logger, string reason);
}
