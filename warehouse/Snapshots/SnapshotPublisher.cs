using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Publishes a copy of the evaluator's schema (<c>Snapshots/tables.sql</c>) that other programs open while the app holds
/// the live warehouse: a DuckDB file with every table's and column's comment, the same comments as
/// <c>dictionary.csv</c>, and each table and view as Parquet in Hive layout. The copy is read in one transaction, so it
/// is consistent; it is written under a staging name and renamed into place whole, owner-only, and only the newest
/// <see cref="SnapshotOptions.Keep"/> are kept. One publish runs at a time.
/// </summary>
public sealed class SnapshotPublisher(
    WarehouseDatabase database, IOptions<WarehouseOptions> warehouse, IOptions<SnapshotOptions> options, TimeProvider time, ILogger<SnapshotPublisher> logger)
{
    private readonly Lock _gate = new();
    private long _lastStarted = long.MinValue;
    private Snapshot? _last;

    /// <summary>Publishes a new snapshot.</summary>
    public Snapshot Publish()
    {
        lock (_gate)
            return PublishNow();
    }

    /// <summary>
    /// A snapshot holding everything committed before this call: when a publish that started after the call (while it
    /// waited for the one before) is still the newest, that one, so callers asking at once share one publish.
    /// </summary>
    public Snapshot PublishUpToNow()
    {
        var asked = Stopwatch.GetTimestamp();
        lock (_gate)
            return _last is { } last && _lastStarted > asked && Directory.Exists(last.Folder) ? last : PublishNow();
    }

    /// <summary>
    /// Publishes a snapshot unless the newest was published after <paramref name="changedAt"/>: the marts refreshes that
    /// follow each other within the wait before this runs publish once. Null when there was nothing new to publish.
    /// </summary>
    public Snapshot? PublishIfOlderThan(DateTimeOffset changedAt)
    {
        lock (_gate)
        {
            var latest = TimeNamedFolders.In(SnapshotFolders.Root(warehouse.Value)).FirstOrDefault();
            return latest is not null && TimeNamedFolders.TimeOf(Path.GetFileName(latest)) > changedAt ? null : PublishNow();
        }
    }

    /// <summary>Publishes a snapshot when there is none yet, so a new or upgraded installation has one from its first start.</summary>
    public void PublishIfNone()
    {
        if (SnapshotFolders.LatestDatabase(SnapshotFolders.Root(warehouse.Value)) is null)
            Publish();
    }

    private Snapshot PublishNow()
    {
        var started = Stopwatch.GetTimestamp();
        _lastStarted = started;
        var root = SnapshotFolders.Root(warehouse.Value);
        OwnerOnly.CreateDirectory(root);
        var name = TimeNamedFolders.NameFor(time.GetUtcNow());
        var staging = Path.Combine(root, TimeNamedFolders.StagingPrefix + name);
        OwnerOnly.CreateDirectory(staging);
        Write(staging);
        foreach (var folder in Directory.EnumerateDirectories(staging, "*", SearchOption.AllDirectories))
            OwnerOnly.RestrictFolder(folder);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            OwnerOnly.Restrict(file);
        var published = Path.Combine(root, name);
        Directory.Move(staging, published);
        Prune(root);
        _last = Snapshot.Of(published);
        Log.SnapshotPublished(logger, name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return _last;
    }

    private void Write(string staging)
    {
        using var connection = database.Open();
        var names = connection.Strings(SqlScripts.Get("Snapshots/tables.sql"));
        var copy = connection.Strings(SqlScripts.Get("Snapshots/copy_statements.sql"), ("names", names));
        connection.Execute(connection.Scalar<string>(SqlScripts.Get("Snapshots/attach.sql"), ("path", Path.Combine(staging, SnapshotFolders.DatabaseFile)))!);
        try
        {
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var statement in copy)
                    connection.Execute(statement);
                transaction.Commit();
            }
            WriteParquet(connection, names, Path.Combine(staging, SnapshotFolders.ParquetFolder));
            SnapshotDictionary.Write(connection, names, Path.Combine(staging, SnapshotFolders.DictionaryFile));
        }
        finally
        {
            connection.Execute(SqlScripts.Get("Snapshots/detach.sql"));
        }
    }

    /// <summary>
    /// Each table's Parquet folder is made here, owner-only, since DuckDB writes a single file only into a folder that
    /// exists; a split table that wrote no file (it has no rows) gets one empty file, so its folder still reads as a dataset.
    /// </summary>
    private static void WriteParquet(DuckDBConnection connection, List<string> names, string folder)
    {
        var copies = new List<(string Folder, string Statement, string WhenEmpty)>();
        using (var command = connection.Command(SqlScripts.Get("Snapshots/parquet_statements.sql"), ("names", names), ("folder", folder)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                copies.Add((reader.Get<string>("folder"), reader.Get<string>("statement"), reader.Get<string>("when_empty")));
        }
        foreach (var (table, statement, whenEmpty) in copies)
        {
            OwnerOnly.CreateDirectory(table);
            connection.Execute(statement);
            if (!Directory.EnumerateFiles(table, "*.parquet", SearchOption.AllDirectories).Any())
                connection.Execute(whenEmpty);
        }
    }

    /// <summary>
    /// Deletes all but the newest snapshots, and any staging folder a stopped publish left behind. An old snapshot is first
    /// renamed out of the list, whole, so nobody lists or downloads it half deleted.
    /// </summary>
    private void Prune(string root)
    {
        foreach (var old in TimeNamedFolders.In(root).Skip(Math.Max(1, options.Value.Keep)))
        {
            var leaving = Path.Combine(root, TimeNamedFolders.StagingPrefix + Path.GetFileName(old));
            Directory.Move(old, leaving);
            Directory.Delete(leaving, recursive: true);
        }
        foreach (var staging in Directory.EnumerateDirectories(root, TimeNamedFolders.StagingPrefix + "*"))
            Directory.Delete(staging, recursive: true);
    }
}
