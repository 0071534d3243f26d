using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.MartRefresh;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Undoes a succeeded import in one transaction: its rows leave the warehouse (its kind's <c>undo.sql</c>), the earlier
/// imports whose rows it had replaced (<see cref="ReplacedImports"/>) are loaded again from their stored files, the
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
        if (import.DuplicateOf is null && slice?.UndoScript is null)
        {
            return Refused(
                $"{(slice is null ? "This import" : $"An import of {ExportKinds.Of(slice.Kind).Title.ToLowerInvariant()}")} cannot be undone"
                + (slice?.WhyNoUndo is { } why ? $": {why}." : ".") + " Upload a corrected file instead: it replaces this one's rows.");
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

        if (slice?.UndoScript is { } undo)
        {
            var changes = ImportChanges.Before(connection, loaders.Single(l => l.Kind == slice.Kind));
            connection.Execute(SqlScripts.Get(undo), ("import_id", id));
            foreach (var earlier in restored)
                pipeline.Replay(connection, earlier, cancellationToken);
            changes.Record(connection, id);
        }
        connection.Execute(SqlScripts.Get("Imports/mark_undone.sql"),
            ("import_id", id), ("undone_at", clock.GetUtcNow().UtcDateTime), ("undone_by", caller.UserId));
        transaction.Commit();
        return new(ImportUndoOutcome.Undone, restored.Count == 0
            ? "Undone: the import's rows left the warehouse."
            : $"Undone: the import's rows left the warehouse and {string.Join(", ", restored.Select(r => r.FileName))}, which it had replaced, came back.");
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
