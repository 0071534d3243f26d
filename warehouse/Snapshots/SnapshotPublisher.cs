using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Publishes a copy of the evaluator's schema (<c>Snapshots/tables.sql</c>) that other programs open while the app holds
/// the live warehouse: a DuckDB file with every table's and column's comment, and one Parquet file per table and view.
/// The copy is read in one transaction, so it is consistent; it is written under a staging name and renamed into
/// place whole, owner-only, and only the newest <see cref="SnapshotOptions.Keep"/> are kept.
/// </summary>
public sealed class SnapshotPublisher(
    WarehouseDatabase database, IOptions<WarehouseOptions> warehouse, IOptions<SnapshotOptions> options, TimeProvider time, ILogger<SnapshotPublisher> logger)
{
    private readonly Lock _gate = new();

    /// <summary>Publishes a new snapshot and returns its folder.</summary>
    public string Publish()
    {
        lock (_gate)
        {
            var started = Stopwatch.GetTimestamp();
            var root = SnapshotFolders.Root(warehouse.Value);
            OwnerOnly.CreateDirectory(root);
            var name = SnapshotFolders.NameFor(time.GetUtcNow());
            var staging = Path.Combine(root, SnapshotFolders.StagingPrefix + name);
            var parquet = Path.Combine(staging, SnapshotFolders.ParquetFolder);
            OwnerOnly.CreateDirectory(staging);
            OwnerOnly.CreateDirectory(parquet);
            Write(Path.Combine(staging, SnapshotFolders.DatabaseFile), parquet);
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
                OwnerOnly.Restrict(file);
            var published = Path.Combine(root, name);
            Directory.Move(staging, published);
            Prune(root);
            Log.SnapshotPublished(logger, name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return published;
        }
    }

    /// <summary>Publishes a snapshot when there is none yet, so a new or upgraded installation has one from its first start.</summary>
    public void PublishIfNone()
    {
        if (SnapshotFolders.LatestDatabase(SnapshotFolders.Root(warehouse.Value)) is null)
            Publish();
    }

    private void Write(string databaseFile, string parquetFolder)
    {
        using var connection = database.Open();
        var names = connection.Strings(SqlScripts.Get("Snapshots/tables.sql"));
        var copy = connection.Strings(SqlScripts.Get("Snapshots/copy_statements.sql"), ("names", names));
        connection.Execute(connection.Scalar<string>(SqlScripts.Get("Snapshots/attach.sql"), ("path", databaseFile))!);
        try
        {
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var statement in copy)
                    connection.Execute(statement);
                transaction.Commit();
            }
            foreach (var statement in connection.Strings(SqlScripts.Get("Snapshots/parquet_statements.sql"), ("names", names), ("folder", parquetFolder)))
                connection.Execute(statement);
        }
        finally
        {
            connection.Execute(SqlScripts.Get("Snapshots/detach.sql"));
        }
    }

    /// <summary>Deletes all but the newest snapshots, and any staging folder a stopped publish left behind.</summary>
    private void Prune(string root)
    {
        foreach (var old in SnapshotFolders.Published(root).Skip(Math.Max(1, options.Value.Keep)))
            Directory.Delete(old, recursive: true);
        foreach (var staging in Directory.EnumerateDirectories(root, SnapshotFolders.StagingPrefix + "*"))
            Directory.Delete(staging, recursive: true);
    }
}
