using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The inbox folder (<c>DataDirectory/inbox</c>). A file stays in it until the ledger holds its outcome, then
/// moves to <c>processed/</c> or <c>rejected/</c>; a crash between the two only delays the move to the next scan.
/// </summary>
public sealed class InboxFolder(ImportLedger ledger, IOptions<WarehouseOptions> options, TimeProvider clock)
{
    /// <summary>Files settle for this long after their last write before they are taken, so half-copied files wait.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

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
            moved++;
        }
        return moved;
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
