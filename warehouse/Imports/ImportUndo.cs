using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.MartRefresh;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Undoes a succeeded import in one transaction: its rows leave the warehouse (its kind's <c>undo.sql</c>), the earlier
/// imports whose rows it had replaced (<see cref="ReplacedImports"/>) are loaded again from their stored files (a
/// session-marks import's weeks are built again from the other marks imports that cover them instead), the
/// tables it changed are recorded for the next mart refresh, and the ledger keeps it marked undone. It is refused while
/// a later import still loaded replaced some of its rows (undo that one first), or when bringing an earlier import back
/// would overwrite another's rows or its stored file is gone, so the warehouse always ends as if the import had never
/// come. Dimension rows it added (a pupil key, a school's name) stay: facts no longer refer to them.
/// </summary>
public sealed class ImportUndo(WarehouseDatabase database, ImportLedger ledger, ImportPipeline pipeline, IEnumerable<IExportKindLoader> loaders, TimeProvider clock)
{
    public ImportUndoResult Undo(Guid id, ImportCaller caller, CancellationToken cancellationToken)
    {
        if (ledger.Find(id, caller) is not { } import)
            return new(ImportUndoOutcome.NotFound, "There is no such import.");
        if (import.Status != ImportStatus.Succeeded)
        {
            return Refused(import.Status == ImportStatus.Undone
                ? "This import has already been undone."
                : "Only an import that loaded can be undone: this one changed nothing in the warehouse.");
        }
        var slice = import.DetectedKind is { } code && ExportKinds.TryParse(code, out var kind) ? ExportKindSlice.Of(kind) : null;
        if (import.DuplicateOf is null && slice is not { CanUndo: true })
        {
            return Refused(
                $"{(slice is null ? "This import" : $"An import of {ExportKinds.Of(slice.Kind).Title.ToLowerInvariant()}")} cannot be undone."
                + " Upload a corrected file instead: it replaces this one's rows.");
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (Replacers(connection, id, id) is [var later, ..])
            return Refused($"A later import ({later}) replaced some of this import's rows: undo that one first.");
        var restored = new List<ImportRecord>();
        foreach (var earlierId in connection.Strings(SqlScripts.Get("Imports/replaced_by.sql"), ("import_id", id)).Select(Guid.Parse))
        {
            var earlier = ledger.Find(earlierId)!;
            if (Replacers(connection, earlierId, id) is [var other, ..])
                return Refused($"Undoing this import would bring back {earlier.FileName}, whose rows {other} has since replaced in part: undo {other} first.");
            if (earlier.FileDeleted)
                return Refused($"Undoing this import would bring back {earlier.FileName}, but its stored file has been deleted. Upload that file again instead.");
            restored.Add(earlier);
        }

        if (import.DuplicateOf is null && slice is { UndoneByReloading: true })
            return UndoByReloading(connection, transaction, import, slice, caller, cancellationToken);
        if (slice?.UndoScript is { } undo)
        {
            var changes = ImportChanges.Before(connection, loaders.Single(l => l.Kind == slice.Kind));
            connection.Execute(SqlScripts.Get(undo), ("import_id", id));
            foreach (var earlier in restored)
                pipeline.Replay(connection, earlier, cancellationToken);
            changes.Record(connection, id);
        }
        MarkUndoneAndCommit(connection, transaction, id, caller);
        return new(ImportUndoOutcome.Undone, restored.Count == 0
            ? "Undone: the import's rows left the warehouse."
            : $"Undone: the import's rows left the warehouse and {string.Join(", ", restored.Select(r => r.FileName))}, which it had replaced, came back.");
    }

    /// <summary>
    /// Undoes a session-marks import: a pupil's week merges the sessions of every import that sent marks for it, so the
    /// weeks the import's schools and dates cover are emptied and built again by loading, in their order, the other
    /// imports still loaded that cover some of them (<c>AttendanceMarks/undo_plan.sql</c>), each from its stored file.
    /// </summary>
    private ImportUndoResult UndoByReloading(DuckDBConnection connection, DuckDBTransaction transaction, ImportRecord import, ExportKindSlice slice,
        ImportCaller caller, CancellationToken cancellationToken)
    {
        var folder = slice.SqlFolder;
        var changes = ImportChanges.Before(connection, loaders.Single(l => l.Kind == slice.Kind));
        connection.Execute(SqlScripts.Get($"{folder}/undo_plan.sql"), ("import_id", import.Id));
        var reloaded = connection.Strings(SqlScripts.Get($"{folder}/undo_reloaded.sql")).Select(id => ledger.Find(Guid.Parse(id))!).ToList();
        if (reloaded.FirstOrDefault(r => r.FileDeleted) is { } gone)
            return Refused($"Undoing this import would load {gone.FileName} again, which has marks for the same schools and weeks, but its stored file has been deleted. Upload a corrected file instead: it replaces this one's rows.");
        connection.Execute(SqlScripts.Get($"{folder}/undo_weeks.sql"));
        foreach (var earlier in reloaded)
            pipeline.Replay(connection, earlier, cancellationToken);
        if (connection.Scalar<bool>(SqlScripts.Get($"{folder}/undo_outside_changed.sql")))
            return Refused("Loading again the marks files that cover this import's weeks would change other weeks too (a file loaded before this version of the warehouse recorded less than its file covers), so nothing was changed. Upload a corrected file instead: it replaces this one's rows.");
        connection.Execute(SqlScripts.Get($"{folder}/undo_restore_weeks.sql"));
        changes.Record(connection, import.Id);
        MarkUndoneAndCommit(connection, transaction, import.Id, caller);
        return new(ImportUndoOutcome.Undone, reloaded.Count == 0
            ? "Undone: the import's rows left the warehouse."
            : $"Undone: the import's rows left the warehouse, and its weeks were loaded again from {string.Join(", ", reloaded.Select(r => r.FileName))}, which also have marks for them.");
    }

    private void MarkUndoneAndCommit(DuckDBConnection connection, DuckDBTransaction transaction, Guid id, ImportCaller caller)
    {
        connection.Execute(SqlScripts.Get("Imports/mark_undone.sql"),
            ("import_id", id), ("undone_at", clock.GetUtcNow().UtcDateTime), ("undone_by", caller.UserId));
        transaction.Commit();
    }

    private static List<string> Replacers(DuckDBConnection connection, Guid importId, Guid exceptId) =>
        connection.Strings(SqlScripts.Get("Imports/replacers.sql"), ("import_id", importId), ("except_id", exceptId));

    private static ImportUndoResult Refused(string message) => new(ImportUndoOutcome.Refused, message);
}

public enum ImportUndoOutcome
{
    Undone,
    NotFound,
    Refused,
}

/// <summary>How an undo ended, with its message in words.</summary>
public sealed record ImportUndoResult(ImportUndoOutcome Outcome, string Message);
