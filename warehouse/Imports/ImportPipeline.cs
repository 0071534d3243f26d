using System.Globalization;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.MartRefresh;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Takes one received file to its outcome: detect the kind and layout, read and validate, stage and load in one
/// transaction with its ledger row and the tables it changed (<see cref="ImportChanges"/>), so the next mart
/// refresh rebuilds only what they feed. Bad input is an outcome (rejected, or rows quarantined), never an exception;
/// only infrastructure faults throw, after the ledger says the import failed.
/// </summary>
public sealed class ImportPipeline(
    ImportLedger ledger,
    WarehouseDatabase database,
    IEnumerable<IExportKindLoader> loaders,
    Pseudonymiser pseudonymiser,
    IOptions<WarehouseOptions> options,
    IOptions<ImportsOptions> imports,
    ILogger<ImportPipeline> logger)
{
    /// <summary>Runs the import where no retry follows a fault.</summary>
    public ImportRecord Import(Guid importId, CancellationToken cancellationToken) => Import(importId, retried: false, cancellationToken);

    /// <summary>
    /// Runs the import; <paramref name="retried"/> says whether the caller runs it again after a fault, so the ledger's
    /// message promises a retry only when one follows. Running out of DuckDB's memory limit, or of disk while loading, is
    /// never retried: the same file would run out again (until an administrator frees space).
    /// </summary>
    public ImportRecord Import(Guid importId, bool retried, CancellationToken cancellationToken)
    {
        var import = ledger.Find(importId) ?? throw new InvalidOperationException($"There is no import {importId}.");
        if (import.Status is ImportStatus.Succeeded or ImportStatus.Rejected)
            return import;
        if (DiskShortfall(import) is { } shortfall)
        {
            Log.ImportFailed(logger, importId, "too little disk space");
            ledger.Finish(importId, Failed(shortfall));
            return ledger.Find(importId)!;
        }
        ledger.MarkRunning(importId);
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var outcome = import.Source != ImportRequest.Reprocess && ledger.FindLoadedTwin(import) is { } twin
                ? RecordDuplicate(import, twin)
                : Load(import, cancellationToken);
            Log.ImportFinished(logger, importId, outcome.DetectedKind ?? "unknown", outcome.Status, outcome.RowsRead,
                outcome.RowsLoaded, outcome.RowsQuarantined, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DuckDBException exception) when (exception.ErrorType == DuckDBErrorType.OutOfMemory)
        {
            Log.ImportFailed(logger, importId, exception.GetType().Name);
            ledger.Finish(importId, Failed($"The import needed more memory than the warehouse may use (the Warehouse:MemoryLimit setting, {options.Value.MemoryLimit}), so nothing was loaded; it will not be retried, as it would run out again. An administrator can raise the setting; then upload the file again."));
        }
        catch (DuckDBException exception) when (DuckDBFailures.IsDiskFull(exception))
        {
            Log.ImportFailed(logger, importId, "the disk filled");
            database.RecoverIfInvalidated();
            ledger.Finish(importId, Failed(DiskFilled()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ImportFailed(logger, importId, exception.GetType().Name);
            ledger.Finish(importId, Failed(retried
                ? $"The import could not finish ({exception.GetType().Name}); nothing was loaded, and it will be retried."
                : $"The import could not finish ({exception.GetType().Name}); nothing was loaded. Upload the file again, or ask an administrator to check the server's log."));
            throw;
        }
        return ledger.Find(importId)!;
    }

    private ImportOutcome Load(ImportRecord import, CancellationToken cancellationToken)
    {
        try
        {
            return Load(import, allowBulk: true, cancellationToken);
        }
        catch (RowByRowReadNeeded reason)
        {
            Log.ReadingRowByRow(logger, import.Id, reason.Message);
            return Load(import, allowBulk: false, cancellationToken);
        }
    }

    private ImportOutcome Load(ImportRecord import, bool allowBulk, CancellationToken cancellationToken)
    {
        var problems = new ProblemLog(import.FileName, imports.Value.ProblemLimits);
        ExportKind? kind = null;
        if (import.RequestedKind is { } requested)
        {
            if (!ExportKinds.TryParse(requested, out var parsed))
                return Reject(import, problems, null, null, 0, ExportKinds.NotAKind(requested));
            kind = parsed;
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var table = ExportTable.Open(import.StoredPath, ExportKinds.LayoutsFor(kind), problems, imports.Value.ReadLimits);
        if (table is null)
            return Reject(import, problems, kind, null, 0, problems.Fatal!.Message);

        var detected = ExportKinds.CodeOf(table.Layout.Kind);
        if (ExportKinds.Of(table.Layout.Kind).NeedsEverySchool && !import.Uploader.Scope.AllSchools)
        {
            return Reject(import, problems, table.Layout.Kind, table.Layout.Name, 0,
                "Only an administrator can load a school list or DfE statistics: they change which schools belong to which trust, or the national figures every school is compared with.");
        }
        var loader = loaders.Single(l => l.Kind == table.Layout.Kind);
        var changes = ImportChanges.Before(connection, loader);
        var replaced = ReplacedImports.Before(connection, ExportKindSlice.Of(table.Layout.Kind));
        var staged = loader.Stage(connection, import.Id, table, ContextFor(connection, import, table, allowBulk), problems, cancellationToken);
        var read = staged + problems.QuarantinedRows;
        if (problems.Fatal is not null || read == 0 || problems.QuarantinedRows > options.Value.RejectThreshold * read)
            transaction.Rollback();
        if (problems.Fatal is { } fatal)
            return Reject(import, problems, table.Layout.Kind, table.Layout.Name, read, fatal.Message);
        if (read == 0)
            return Reject(import, problems, table.Layout.Kind, table.Layout.Name, 0, "The file has a header row but no data rows.");
        if (problems.QuarantinedRows > options.Value.RejectThreshold * read)
        {
            return Reject(import, problems, table.Layout.Kind, table.Layout.Name, read,
                string.Create(CultureInfo.InvariantCulture,
                    $"{problems.QuarantinedRows} of {read} rows have errors, more than {options.Value.RejectThreshold * 100:0.##}%: nothing was loaded. Correct the rows listed and upload the file again."));
        }

        loader.Promote(connection, import.Id);
        changes.Record(connection, import.Id);
        replaced.Record(connection, import.Id);
        var message = problems.QuarantinedRows == 0
            ? $"Loaded {staged} rows."
            : problems.QuarantinedRows == 1
                ? $"Loaded {staged} rows; 1 row with errors was held back."
                : $"Loaded {staged} rows; {problems.QuarantinedRows} rows with errors were held back.";
        var outcome = new ImportOutcome(ImportStatus.Succeeded, detected, table.Layout.Name, read, staged,
            problems.QuarantinedRows, problems.Count, problems.Warnings, message, null, problems.Problems);
        ledger.Finish(connection, import.Id, outcome);
        transaction.Commit();
        database.Checkpoint();
        return outcome;
    }

    /// <summary>
    /// Loads a succeeded import's stored file again under its own id, on the caller's connection and transaction, leaving
    /// its ledger row as it was: how an undo brings back the rows the undone import had replaced.
    /// </summary>
    internal void Replay(DuckDBConnection connection, ImportRecord import, CancellationToken cancellationToken)
    {
        var kind = ExportKinds.TryParse(import.DetectedKind!, out var detected) ? detected : throw new InvalidOperationException($"Import {import.Id} has no kind.");
        var problems = new ProblemLog(import.FileName);
        using var table = ExportTable.Open(import.StoredPath, ExportKinds.LayoutsFor(kind), problems)
            ?? throw new InvalidOperationException($"The stored file of import {import.Id} no longer reads.");
        var loader = loaders.Single(l => l.Kind == kind);
        loader.Stage(connection, import.Id, table, ContextFor(connection, import, table, allowBulk: false), problems, cancellationToken);
        loader.Promote(connection, import.Id);
    }

    private ImportContext ContextFor(DuckDBConnection connection, ImportRecord import, ExportTable table, bool allowBulk) =>
        new(import.FileName, import.SchoolUrn, pseudonymiser)
        {
            ReceivedOn = DateOnly.FromDateTime(import.ReceivedAt),
            Wave = import.Wave,
            Period = import.Period is { } period ? ReportPeriod.FromField(period) : null,
            Schools = table.Layout.Kind == ExportKind.Schools ? null : SchoolsFor(connection, import.Uploader.Scope),
            AllowBulk = allowBulk,
        };

    /// <summary>
    /// The schools the sender may load (all of them when they see every school) and the register of listed schools (none
    /// when no school list has been loaded); null when every URN is welcome.
    /// </summary>
    private static SchoolRegister? SchoolsFor(DuckDBConnection connection, AccessScope scope)
    {
        var listed = Urns(connection, SqlScripts.Get("Imports/listed_schools.sql"));
        var inScope = scope.AllSchools ? null : Urns(connection, SqlScripts.Get("Imports/schools_in_scope.sql"), scope.Parameters);
        return listed.Count == 0 && inScope is null ? null : new SchoolRegister(listed.Count == 0 ? null : listed, inScope);
    }

    private static HashSet<int> Urns(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var urns = new HashSet<int>();
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            urns.Add(reader.GetInt32(0));
        return urns;
    }

    private ImportOutcome Reject(ImportRecord import, ProblemLog problems, ExportKind? kind, string? layout, int read, string message)
    {
        if (problems.Fatal is null)
            problems.RefuseFile(0, "(file)", message);
        var outcome = new ImportOutcome(ImportStatus.Rejected, kind is { } k ? ExportKinds.CodeOf(k) : null, layout,
            read, 0, problems.QuarantinedRows, problems.Count, problems.Warnings, message, null, problems.Problems);
        ledger.Finish(import.Id, outcome);
        return outcome;
    }

    private ImportOutcome RecordDuplicate(ImportRecord import, Guid twin)
    {
        var outcome = new ImportOutcome(ImportStatus.Succeeded, null, null, 0, 0, 0, 0, 0,
            $"This file is identical to import {twin}, which is already loaded: nothing changed.", twin, []);
        ledger.Finish(import.Id, outcome);
        return outcome;
    }

    /// <summary>
    /// Why the data directory's disk has too little room for the import, or null. A load writes about its file's size to
    /// DuckDB's log and again to its file, and a DuckDB write that fails for want of space stops the whole warehouse until
    /// it is opened afresh (<see cref="WarehouseDatabase.RecoverIfInvalidated"/>), so an import that may not fit is refused
    /// before it starts.
    /// </summary>
    private string? DiskShortfall(ImportRecord import)
    {
        var size = File.Exists(import.StoredPath) ? new FileInfo(import.StoredPath).Length : 0;
        var keep = imports.Value.MinFreeDiskMegabytes * 1024L * 1024L;
        var needed = 2 * size + keep;
        var free = new DriveInfo(Path.GetFullPath(options.Value.DataDirectory)).AvailableFreeSpace;
        return free >= needed
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"The data directory's disk has {Megabytes(free)} free, and loading this {Megabytes(size)} file needs about {Megabytes(needed)} (twice the file, and {Megabytes(keep)} kept free by the {ImportsOptions.Section}:{nameof(ImportsOptions.MinFreeDiskMegabytes)} setting), so nothing was loaded. An administrator can free space (old backups or snapshots) or enlarge the disk; then upload the file again.");
    }

    /// <summary>
    /// What a data manager reads when the disk filled while the import was loaded (the disk shared with backups,
    /// snapshots or other work that grew after <see cref="DiskShortfall"/> found room): DuckDB rolled the load back, and
    /// the import is not retried, since it would fail again until space is freed.
    /// </summary>
    private string DiskFilled()
    {
        var free = new DriveInfo(Path.GetFullPath(options.Value.DataDirectory)).AvailableFreeSpace;
        return string.Create(CultureInfo.InvariantCulture,
            $"The server's disk filled up while this file was being loaded into the warehouse (it has {Megabytes(free)} free now), so nothing was loaded and the warehouse is as it was before. It will not be retried on its own: an administrator can free space on the data directory's disk (old backups or snapshots) or enlarge it; then upload the file again.");
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):N0} MB");

    private static ImportOutcome Failed(string message) =>
        new(ImportStatus.Failed, null, null, 0, 0, 0, 0, 0, message, null, []);
}
