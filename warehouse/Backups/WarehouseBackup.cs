using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Backups;

/// <summary>
/// Backs up the data directory while the app runs, into <c>&lt;Backups:Folder&gt;/&lt;time&gt;/</c>, a folder laid out as a
/// data directory, so restoring is starting the app on a copy of it: a consistent copy of the warehouse (one
/// transaction, while imports go on), the pseudonymisation key when it is kept in the data directory, every stored upload
/// and the inbox. The warehouse is copied first, so every upload its ledger names is already stored. A backup is
/// written under a staging name and renamed into place whole, owner-only; one runs at a time.
/// </summary>
public sealed class WarehouseBackup(
    WarehouseDatabase database, IOptions<WarehouseOptions> warehouse, IOptions<BackupOptions> options, TimeProvider time, ILogger<WarehouseBackup> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Root => Path.GetFullPath(options.Value.Folder.Length > 0 ? options.Value.Folder : Path.Combine(warehouse.Value.DataDirectory, "backups"));

    /// <summary>
    /// Takes a backup; <paramref name="alsoWrite"/> adds what other parts of the app keep (the user store) to the
    /// folder before it is put in place.
    /// </summary>
    public async Task<Backup> TakeAsync(Func<string, Task> alsoWrite, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            OwnerOnly.CreateDirectory(Root);
            var name = TimeNamedFolders.NameFor(time.GetUtcNow());
            var staging = Path.Combine(Root, TimeNamedFolders.StagingPrefix + name);
            OwnerOnly.CreateDirectory(staging);
            try
            {
                using (var connection = database.Open())
                    DatabaseCopy.CopyTo(connection, Path.Combine(staging, Path.GetFileName(warehouse.Value.WarehousePath)));
                CopyFile(Path.Combine(warehouse.Value.DataDirectory, PseudonymisationKey.FileName), staging);
                CopyFolder(warehouse.Value.UploadsDirectory, Path.Combine(staging, Path.GetFileName(warehouse.Value.UploadsDirectory)));
                CopyFolder(warehouse.Value.InboxDirectory, Path.Combine(staging, Path.GetFileName(warehouse.Value.InboxDirectory)));
                await alsoWrite(staging);
                var folder = Path.Combine(Root, name);
                Directory.Move(staging, folder);
                var backup = Of(folder);
                Log.BackupTaken(logger, name, backup.SizeBytes, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return backup;
            }
            finally
            {
                if (Directory.Exists(staging))
                    Directory.Delete(staging, recursive: true);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The finished backups, newest first.</summary>
    public IReadOnlyList<Backup> All() => [.. TimeNamedFolders.In(Root).Select(Of)];

    private static Backup Of(string folder)
    {
        var name = Path.GetFileName(folder);
        return new Backup(name, TimeNamedFolders.TimeOf(name)!.Value, folder,
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length));
    }

    private static void CopyFile(string file, string folder)
    {
        if (!File.Exists(file))
            return;
        var copy = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, copy);
        OwnerOnly.Restrict(copy);
    }

    /// <summary>A folder's files and sub-folders, owner-only; a half-received upload (<c>*.partial</c>) is left out.</summary>
    private static void CopyFolder(string source, string target)
    {
        if (!Directory.Exists(source))
            return;
        OwnerOnly.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Where(file => !file.EndsWith(".partial", StringComparison.Ordinal)))
            CopyFile(file, target);
        foreach (var folder in Directory.EnumerateDirectories(source))
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
    }
}
