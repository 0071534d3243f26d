using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The inbox folder (<c>DataDirectory/inbox</c>). A file stays in it until the ledger holds its outcome, then
/// moves to <c>processed/</c> or <c>rejected/</c>; a crash between the two only delays the move to the next scan. The
/// moved copies hold pupil data like stored uploads, so <see cref="UploadRetention"/> deletes them as long after the move.
/// </summary>
public sealed class InboxFolder(ImportLedger ledger, IOptions<WarehouseOptions> options, TimeProvider clock)
{
    /// <summary>Files settle for this long after their last write before they are taken, so half-copied files wait.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private static readonly string[] SettledFolders = ["processed", "rejected"];

    public string Inbox => Path.GetFullPath(options.Value.InboxDirectory);

    /// <summary>Files waiting in the inbox that have no import yet.</summary>
    public IEnumerable<string> NewFiles()
    {
        foreach (var path in Waiting())
        {
            if (ledger.FindByInboxPath(path, Hash(path)) is null)
                yield return path;
        }
    }

    /// <summary>Moves every inbox file whose import has finished to <c>processed/</c> or <c>rejected/</c>; returns how many moved.</summary>
    public int SettleFinished()
    {
        var moved = 0;
        foreach (var path in Waiting())
        {
            if (ledger.FindByInboxPath(path, Hash(path)) is not { } import || !ImportStatus.IsFinished(import.Status))
                continue;
            var folder = import.Status == ImportStatus.Succeeded ? "processed" : "rejected";
            var target = Path.Combine(Inbox, folder, $"{import.ReceivedAt:yyyyMMddHHmmss}-{Path.GetFileName(path)}");
            OwnerOnly.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(path, target, overwrite: true);
            // The copy's time becomes the time its import was settled, which its retention is counted from.
            File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
            moved++;
        }
        return moved;
    }

    /// <summary>Deletes the copies in <c>processed/</c> and <c>rejected/</c> moved there before <paramref name="cutoff"/>; returns how many went.</summary>
    public int DeleteCopiesSettledBefore(DateTime cutoff)
    {
        var deleted = 0;
        foreach (var folder in SettledFolders.Select(f => Path.Combine(Inbox, f)).Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder).Where(p => File.GetLastWriteTimeUtc(p) < cutoff).ToList())
            {
                File.Delete(path);
                deleted++;
            }
        }
        return deleted;
    }

    private IEnumerable<string> Waiting()
    {
        OwnerOnly.CreateDirectory(Inbox);
        var settled = clock.GetUtcNow().UtcDateTime - SettleTime;
        return Directory.EnumerateFiles(Inbox)
            .Where(path => !Path.GetFileName(path).StartsWith('.') && File.GetLastWriteTimeUtc(path) <= settled)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
