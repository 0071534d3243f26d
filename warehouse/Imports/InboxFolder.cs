using System.Text;
using BelongingInsights.Etl.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// The inbox folder (<c>DataDirectory/inbox</c>). A file stays in it until the ledger holds its outcome, then
/// moves to <c>processed/</c> or <c>rejected/</c>; a crash between the two only delays the move to the next scan. The
/// moved copies hold pupil data like stored uploads, so <see cref="UploadRetention"/> deletes them as long after the move.
/// One file never holds up the others: a file that cannot be read is set aside in <c>rejected/</c> with a reason file
/// beside it, a moved name is cut to fit the file system, and a move that still fails is logged and tried at the next scan.
/// Files in a sub-folder are taken too: a folder named for a term or date range ("Autumn 2024-25") gives the period of
/// the attendance summaries in it whose rows and title do not say (<see cref="PeriodOf"/>). A rejected file's reason is
/// written beside it.
/// </summary>
public sealed class InboxFolder(ImportLedger ledger, IOptions<WarehouseOptions> options, TimeProvider clock, ILogger<InboxFolder> logger)
{
    /// <summary>The longest file name, in UTF-8 bytes, that Linux file systems take.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Files settle for this long after their last write before they are taken, so half-copied files wait.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private static readonly string[] SettledFolders = ["processed", "rejected"];

    public string Inbox => Path.GetFullPath(options.Value.InboxDirectory);

    /// <summary>Files waiting in the inbox that have no import yet.</summary>
    public IEnumerable<string> NewFiles()
    {
        foreach (var path in Waiting())
        {
            string hash;
            try
            {
                hash = Hash(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                SetAside(path, $"The file could not be read ({exception.GetType().Name}). Check that it is a complete file the app's user may read, then drop it into the inbox again.");
                continue;
            }
            if (ledger.FindByInboxPath(path, hash) is null)
                yield return path;
        }
    }

    /// <summary>
    /// The period an inbox file is given, for a summary whose rows and title do not say: the one its sub-folder's name
    /// names ("Autumn 2024-25", "2024-25 spring", "2025-01-06 to 2025-04-11"), else the one its file name names.
    /// </summary>
    public ReportPeriod? PeriodOf(string path) =>
        ReportPeriod.FromTitleRows([.. SubFolderOf(path) is { } folder ? [folder] : Array.Empty<string>(), Path.GetFileNameWithoutExtension(path)]);

    /// <summary>
    /// Moves a file that could not be taken to <c>rejected/</c>, with <paramref name="reason"/> in a <c>.reason.txt</c>
    /// file beside it, so the scan goes on to the next file.
    /// </summary>
    public void SetAside(string path, string reason)
    {
        Log.InboxFileSetAside(logger, reason);
        try
        {
            WriteReason(Move(path, "rejected", clock.GetUtcNow().UtcDateTime), reason);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.InboxMoveFailed(logger, exception.GetType().Name);
        }
    }

    /// <summary>Moves every inbox file whose import has finished to <c>processed/</c> or <c>rejected/</c>; returns how many moved.</summary>
    public int SettleFinished()
    {
        var moved = 0;
        foreach (var path in Waiting())
        {
            try
            {
                if (ledger.FindByInboxPath(path, Hash(path)) is not { } import || !ImportStatus.IsFinished(import.Status))
                    continue;
                var target = Move(path, import.Status == ImportStatus.Succeeded ? "processed" : "rejected", import.ReceivedAt);
                if (import.Status != ImportStatus.Succeeded)
                    WriteReason(target, import.Message);
                moved++;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.InboxMoveFailed(logger, exception.GetType().Name);
            }
        }
        return moved;
    }

    /// <summary>Moves an inbox file into <paramref name="folder"/>, its name prefixed with <paramref name="stamp"/> and cut to fit.</summary>
    private string Move(string path, string folder, DateTime stamp)
    {
        var name = SubFolderOf(path) is { } from ? $"{from} - {Path.GetFileName(path)}" : Path.GetFileName(path);
        var target = Path.Combine(Inbox, folder, FittedName($"{stamp:yyyyMMddHHmmss}-", name));
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(target)!);
        if (new FileInfo(path) is { LinkTarget: { } link, Exists: false })
        {
            // A link whose file is gone cannot be moved as a file: the link itself is set aside.
            File.Delete(target);
            File.CreateSymbolicLink(target, link);
            File.Delete(path);
            return target;
        }
        File.Move(path, target, overwrite: true);
        // The copy's time becomes the time it was settled, which its retention is counted from.
        File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
        return target;
    }

    /// <summary>Writes why a file was set aside beside it, timed as the file is, so the two are deleted together.</summary>
    private void WriteReason(string target, string? reason)
    {
        var path = target + ".reason.txt";
        File.WriteAllText(path, reason + "\n");
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The prefixed name, its stem cut so that it and a <c>.reason.txt</c> beside it fit the file system's name limit,
    /// keeping the extension.
    /// </summary>
    private static string FittedName(string prefix, string name)
    {
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var room = MaxNameBytes - ".reason.txt".Length - Encoding.UTF8.GetByteCount(prefix + extension);
        while (Encoding.UTF8.GetByteCount(stem) > room)
            stem = stem[..^1];
        return prefix + stem + extension;
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

    /// <summary>The files in the inbox and in its sub-folders (but not <c>processed/</c> and <c>rejected/</c>) that have settled.</summary>
    private IEnumerable<string> Waiting()
    {
        OwnerOnly.CreateDirectory(Inbox);
        var settled = clock.GetUtcNow().UtcDateTime - SettleTime;
        var folders = Directory.EnumerateDirectories(Inbox)
            .Where(folder => !SettledFolders.Contains(Path.GetFileName(folder)) && !Path.GetFileName(folder).StartsWith('.'));
        return Directory.EnumerateFiles(Inbox).Concat(folders.SelectMany(Directory.EnumerateFiles))
            .Where(path => !Path.GetFileName(path).StartsWith('.') && File.GetLastWriteTimeUtc(path) <= settled)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The name of the inbox sub-folder a file is in, or null for a file in the inbox itself.</summary>
    private string? SubFolderOf(string path) =>
        Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && folder != Inbox ? Path.GetFileName(folder) : null;

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
