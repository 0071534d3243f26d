using System.Data.Common;
using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Access;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>Reads and writes the import ledger (<c>ops_import</c> and <c>ops_import_problem</c>).</summary>
public sealed class ImportLedger(WarehouseDatabase database, TimeProvider clock, IOptions<WarehouseOptions> warehouse)
{
    /// <summary>
    /// Where a stored upload is now: its name in the data directory's uploads folder, whatever folder the ledger recorded,
    /// so a data directory restored from a backup or moved elsewhere finds its files.
    /// </summary>
    public string StoredFile(string recordedPath) =>
        Path.GetFullPath(Path.Combine(warehouse.Value.UploadsDirectory, Path.GetFileName(recordedPath)));

    public Guid Register(NewImport import)
    {
        var id = Guid.NewGuid();
        using var connection = database.Open();
        connection.Execute(SqlScripts.Get("Imports/register.sql"),
        [
            ("import_id", id), ("file_name", import.FileName), ("stored_path", import.StoredPath),
            ("content_hash", import.ContentHash), ("source", import.Source), ("inbox_path", import.InboxPath),
            ("requested_kind", import.RequestedKind), ("school_urn", import.SchoolUrn), ("wave", import.Wave), ("period", import.Period),
            ("received_at", clock.GetUtcNow().UtcDateTime), .. import.Uploader.Parameters,
        ]);
        return id;
    }

    /// <summary>Queues the stored file of a finished import to run again; its rows replace those of the earlier run.</summary>
    public Guid RegisterReprocess(Guid originalId)
    {
        var id = Guid.NewGuid();
        using var connection = database.Open();
        connection.Execute(SqlScripts.Get("Imports/register_reprocess.sql"),
            ("import_id", id), ("original_id", originalId), ("received_at", clock.GetUtcNow().UtcDateTime));
        return id;
    }

    /// <summary>Imports left queued or running, oldest first.</summary>
    public IReadOnlyList<ImportRecord> Unfinished() => Query(SqlScripts.Get("Imports/unfinished.sql"));

    /// <summary>A later import that loaded a corrected file of the same kind for the same school, which running this one again would undo.</summary>
    public Guid? FindSuperseding(Guid id)
    {
        using var connection = database.Open();
        return connection.Scalar<Guid?>(SqlScripts.Get("Imports/find_superseding.sql"), ("import_id", id));
    }

    /// <summary>A run again of the import that is still queued or running.</summary>
    public Guid? FindPendingReprocess(Guid originalId)
    {
        using var connection = database.Open();
        return connection.Scalar<Guid?>(SqlScripts.Get("Imports/find_pending_reprocess.sql"), ("original_id", originalId));
    }

    public ImportRecord? Find(Guid id) =>
        Query(SqlScripts.Get("Imports/find.sql"), ("import_id", id)).SingleOrDefault();

    /// <summary>The import, when <paramref name="caller"/> may see it (see <c>Functions/import_scope.sql</c>).</summary>
    public ImportRecord? Find(Guid id, ImportCaller caller) =>
        Query(SqlScripts.Get("Imports/find_visible.sql"), [("import_id", id), .. caller.Parameters]).SingleOrDefault();

    public ImportRecord? FindByInboxPath(string inboxPath, string contentHash) =>
        Query(SqlScripts.Get("Imports/find_by_inbox_path.sql"), ("inbox_path", inboxPath), ("content_hash", contentHash)).SingleOrDefault();

    public long Count()
    {
        using var connection = database.Open();
        return connection.Scalar<long>(SqlScripts.Get("Imports/count.sql"));
    }

    /// <summary>The newest imports <paramref name="caller"/> may see, narrowed by <paramref name="filter"/>.</summary>
    public IReadOnlyList<ImportRecord> Recent(int limit, ImportCaller caller, ImportFilter? filter = null) =>
        Query(SqlScripts.Get("Imports/list.sql"), [("limit", limit), .. caller.Parameters, .. (filter ?? ImportFilter.None).Parameters]);

    /// <summary>The terms the imports <paramref name="caller"/> may see cover, newest first, as academic year and term (0 autumn).</summary>
    public IReadOnlyList<(int AcademicYear, int Term)> Periods(ImportCaller caller) =>
        database.Query(SqlScripts.Get("Imports/periods.sql"), r => (r.GetInt32(0), r.GetInt32(1) - 1), caller.Parameters);

    /// <summary>The signed-in senders of the imports <paramref name="caller"/> may see.</summary>
    public IReadOnlyList<Guid> Uploaders(ImportCaller caller) =>
        database.Query(SqlScripts.Get("Imports/uploaders.sql"), r => r.GetGuid(0), caller.Parameters);

    /// <summary>The import's problems, none when <paramref name="caller"/> may not see the import.</summary>
    public IReadOnlyList<ImportProblem> Problems(ImportRecord import, ImportCaller caller) =>
        database.Query(SqlScripts.Get("Imports/problems.sql"), r => new ImportProblem(
                import.FileName, r.GetInt32(0), r.GetString(1), r.NullableString(2),
                Enum.Parse<ProblemSeverity>(r.GetString(3)), r.GetString(4)),
            [("import_id", import.Id), .. caller.Parameters]);

    /// <summary>The import's problems grouped by what is wrong, none when <paramref name="caller"/> may not see the import.</summary>
    public IReadOnlyList<ProblemGroup> ProblemGroups(ImportRecord import, ImportCaller caller) =>
        database.Query(SqlScripts.Get("Imports/problem_groups.sql"), r => new ProblemGroup(
                r.Get<string>("severity"), r.Get<string>("message"), r.Get<int>("problem_count"), r.Get<string>("columns"),
                r.GetFieldValue<List<int>>(r.GetOrdinal("first_rows"))),
            [("import_id", import.Id), .. caller.Parameters]);

    /// <summary>The stored files every import of which has been final since before <paramref name="cutoff"/>.</summary>
    public IReadOnlyList<string> ExpiredUploads(DateTime cutoff) =>
        database.Query(SqlScripts.Get("Imports/expired_uploads.sql"), r => r.GetString(0), ("cutoff", cutoff));

    /// <summary>Records that a stored file is gone, on every import that used it.</summary>
    public void MarkUploadDeleted(string storedPath)
    {
        using var connection = database.Open();
        connection.Execute(SqlScripts.Get("Imports/mark_upload_deleted.sql"),
            ("stored_path", storedPath), ("deleted_at", clock.GetUtcNow().UtcDateTime));
    }

    public void MarkRunning(Guid id)
    {
        using var connection = database.Open();
        connection.Execute(SqlScripts.Get("Imports/mark_running.sql"), ("import_id", id), ("started_at", clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>An earlier import that loaded the same bytes as the same kind for the same school, sent with the same scope, if any.</summary>
    public Guid? FindLoadedTwin(ImportRecord import)
    {
        using var connection = database.Open();
        return connection.Scalar<Guid?>(SqlScripts.Get("Imports/find_loaded_twin.sql"),
        [
            ("content_hash", import.ContentHash), ("requested_kind", import.RequestedKind),
            ("school_urn", import.SchoolUrn), ("wave", import.Wave), ("period", import.Period), ("import_id", import.Id), .. import.Uploader.Scope.Parameters,
        ]);
    }

    /// <summary>Records how an import ended, on the caller's connection so it can share the load's transaction.</summary>
    public void Finish(DuckDBConnection connection, Guid id, ImportOutcome outcome)
    {
        if (outcome.Status == ImportStatus.Succeeded)
            connection.Execute(SqlScripts.Get("Imports/record_extent.sql"), ("import_id", id));
        connection.Execute(SqlScripts.Get("Imports/finish.sql"),
            ("import_id", id), ("status", outcome.Status), ("detected_kind", outcome.DetectedKind), ("layout", outcome.Layout),
            ("rows_read", outcome.RowsRead), ("rows_loaded", outcome.RowsLoaded), ("rows_quarantined", outcome.RowsQuarantined),
            ("problem_count", outcome.ProblemCount), ("warning_count", outcome.WarningCount), ("message", outcome.Message), ("duplicate_of", outcome.DuplicateOf),
            ("finished_at", clock.GetUtcNow().UtcDateTime));
        using var appender = connection.CreateAppender("ops_import_problem");
        foreach (var problem in outcome.Problems)
        {
            appender.CreateRow()
                .AppendValue(id).AppendValue(problem.Line).AppendValue(problem.Column).AppendValue(problem.Value)
                .AppendValue(problem.Severity.ToString()).AppendValue(problem.Message)
                .EndRow();
        }
    }

    public void Finish(Guid id, ImportOutcome outcome)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Finish(connection, id, outcome);
        transaction.Commit();
    }

    private IReadOnlyList<ImportRecord> Query(string sql, params (string Name, object? Value)[] parameters) =>
        database.Query(sql, Read, parameters);

    private ImportRecord Read(DbDataReader r) => new(
        r.GetGuid(r.GetOrdinal("import_id")),
        r.GetString(r.GetOrdinal("file_name")),
        StoredFile(r.GetString(r.GetOrdinal("stored_path"))),
        r.GetString(r.GetOrdinal("content_hash")),
        r.GetString(r.GetOrdinal("source")),
        r.NullableString(r.GetOrdinal("inbox_path")),
        r.NullableString(r.GetOrdinal("requested_kind")),
        r.IsDBNull(r.GetOrdinal("school_urn")) ? null : r.GetInt32(r.GetOrdinal("school_urn")),
        r.NullableString(r.GetOrdinal("detected_kind")),
        r.NullableString(r.GetOrdinal("layout")),
        r.GetString(r.GetOrdinal("status")),
        r.GetInt32(r.GetOrdinal("rows_read")),
        r.GetInt32(r.GetOrdinal("rows_loaded")),
        r.GetInt32(r.GetOrdinal("rows_quarantined")),
        r.GetInt32(r.GetOrdinal("problem_count")),
        r.GetInt32(r.GetOrdinal("warning_count")),
        r.NullableString(r.GetOrdinal("message")),
        r.IsDBNull(r.GetOrdinal("duplicate_of")) ? null : r.GetGuid(r.GetOrdinal("duplicate_of")),
        r.GetDateTime(r.GetOrdinal("received_at")),
        r.IsDBNull(r.GetOrdinal("finished_at")) ? null : r.GetDateTime(r.GetOrdinal("finished_at")),
        r.IsDBNull(r.GetOrdinal("reprocess_of")) ? null : r.GetGuid(r.GetOrdinal("reprocess_of")),
        r.NullableString(r.GetOrdinal("wave")),
        ReadUploader(r),
        r.IsDBNull(r.GetOrdinal("file_deleted_at")) ? null : r.GetDateTime(r.GetOrdinal("file_deleted_at")),
        r.IsDBNull(r.GetOrdinal("marts_refreshed_at")) ? null : r.GetDateTime(r.GetOrdinal("marts_refreshed_at")))
    {
        Period = r.NullableString(r.GetOrdinal("period")),
        UndoneAt = r.IsDBNull(r.GetOrdinal("undone_at")) ? null : r.GetDateTime(r.GetOrdinal("undone_at")),
        Covers = r.IsDBNull(r.GetOrdinal("covers_from")) ? null
            : new ReportPeriod(r.GetFieldValue<DateOnly>(r.GetOrdinal("covers_from")), r.GetFieldValue<DateOnly>(r.GetOrdinal("covers_to"))),
        SchoolNames = HasColumn(r, "school_names") ? r.GetFieldValue<List<string>>(r.GetOrdinal("school_names")) : [],
    };

    private static bool HasColumn(DbDataReader r, string name) =>
        Enumerable.Range(0, r.FieldCount).Any(i => r.GetName(i) == name);

    private static ImportCaller ReadUploader(DbDataReader r)
    {
        var id = r.IsDBNull(r.GetOrdinal("uploaded_by")) ? (Guid?)null : r.GetGuid(r.GetOrdinal("uploaded_by"));
        if (r.IsDBNull(r.GetOrdinal("uploader_all_schools")) || r.GetBoolean(r.GetOrdinal("uploader_all_schools")))
            return new ImportCaller(id, AccessScope.Everything);
        return new ImportCaller(id, AccessScope.Of(
            r.GetFieldValue<List<string>>(r.GetOrdinal("uploader_trusts")), r.GetFieldValue<List<int>>(r.GetOrdinal("uploader_urns"))));
    }
}
