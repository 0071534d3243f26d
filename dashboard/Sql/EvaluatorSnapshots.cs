using System.Security.Claims;
using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Snapshots;

namespace BelongingInsights.Dashboard.Sql;

/// <summary>
/// The snapshots evaluators download, for the API and the SQL page alike: the list, publishing one now, and finding
/// one to download. Publishing and every download are recorded in the audit log, since a snapshot holds every
/// school's pupil-level rows.
/// </summary>
public sealed class EvaluatorSnapshots(SnapshotPublisher publisher, SnapshotCatalog catalog, AuditLog audit)
{
    /// <summary>The files of a snapshot that can be downloaded, by the name the download's address ends with.</summary>
    public const string DatabaseDownload = SnapshotFolders.DatabaseFile;
    public const string DictionaryDownload = SnapshotFolders.DictionaryFile;
    public const string ParquetDownload = "parquet.zip";

    public IReadOnlyList<Snapshot> All() => catalog.All();

    public Snapshot? Find(string name) => catalog.Find(name);

    /// <summary>
    /// A snapshot of everything committed before the call: waits while another is being published, then publishes
    /// (or shares a publish that began while it waited).
    /// </summary>
    public async Task<Snapshot> PublishAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var snapshot = await Task.Run(publisher.PublishUpToNow, cancellationToken);
        await audit.RecordAsync(caller, AuditActions.SnapshotPublished, snapshot.Name, CancellationToken.None);
        return snapshot;
    }

    public Task RecordDownloadAsync(ClaimsPrincipal caller, Snapshot snapshot, string file) =>
        audit.RecordAsync(caller, AuditActions.SnapshotDownloaded, $"{snapshot.Name}/{file}", CancellationToken.None);

    /// <summary>Where the API serves <paramref name="file"/> of <paramref name="snapshot"/>.</summary>
    public static string DownloadPath(Snapshot snapshot, string file) => $"/api/snapshots/{snapshot.Name}/{file}";
}
