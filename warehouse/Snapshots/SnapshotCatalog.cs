using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>The published snapshots, newest first, and one found by its name (never by a path a caller wrote).</summary>
public sealed class SnapshotCatalog(IOptions<WarehouseOptions> warehouse)
{
    /// <summary>The snapshots still there once sized: one the publisher prunes meanwhile is left out, not an error.</summary>
    public IReadOnlyList<Snapshot> All() =>
        [.. TimeNamedFolders.In(SnapshotFolders.Root(warehouse.Value)).Select(Snapshot.IfStillThere).OfType<Snapshot>()];

    /// <summary>The snapshot named <paramref name="name"/>, or null when there is none by that name (or it was pruned).</summary>
    public Snapshot? Find(string name) =>
        TimeNamedFolders.In(SnapshotFolders.Root(warehouse.Value))
            .Where(folder => string.Equals(Path.GetFileName(folder), name, StringComparison.Ordinal))
            .Select(Snapshot.Of)
            .FirstOrDefault();
}
