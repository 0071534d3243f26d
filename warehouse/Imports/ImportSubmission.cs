using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Receives a file: streams its bytes straight into a file under the data directory while hashing them, then names
/// that file by their SHA-256 and records it in the ledger as queued. The caller then enqueues the import job with the
/// id this returns. An upload that cannot be read to its end, or is refused once read, leaves nothing behind. The folder
/// and file are readable by the app's own user only. An upload the disk has no room for is an
/// <see cref="UploadDiskFullException"/>.
/// </summary>
public sealed class ImportSubmission(ImportLedger ledger, IOptions<WarehouseOptions> options, IOptions<ImportsOptions> imports)
{
    /// <summary>The errors a write gives when the disk is full: ENOSPC (Linux), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL (Windows).</summary>
    private static readonly int[] DiskFullErrors = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public async Task<Guid> ReceiveAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        using var file = await StoreAsync(content, fileName, cancellationToken);
        return Register(file, request);
    }

    /// <summary>Stores the content under a temporary name, hashing it as it goes; nothing is in the ledger yet.</summary>
    public async Task<ReceivedFile> StoreAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var uploads = options.Value.UploadsDirectory;
        OwnerOnly.CreateDirectory(uploads);
        var partial = Path.Combine(uploads, $"{Guid.NewGuid():N}.partial");
        try
        {
            await using var file = OwnerOnly.CreateFile(partial);
            var (hash, length) = await StoreAndHash(content, file, cancellationToken);
            return new ReceivedFile(Path.GetFileName(fileName), partial, hash, length);
        }
        catch (IOException e) when (DiskFullErrors.Contains(e.HResult))
        {
            File.Delete(partial);
            throw new UploadDiskFullException(
                "The server's disk filled while the file was being received, so nothing was kept. An administrator can free space (old backups or snapshots) or enlarge the disk; then upload the file again.", e);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>
    /// Refuses, before it is read, an upload of <paramref name="bytes"/> (when the request says) that would leave the
    /// uploads folder's disk with less than <see cref="ImportsOptions.MinFreeDiskMegabytes"/> free.
    /// </summary>
    public void EnsureRoomFor(long? bytes)
    {
        var uploads = options.Value.UploadsDirectory;
        OwnerOnly.CreateDirectory(uploads);
        var keep = imports.Value.MinFreeDiskMegabytes * 1024L * 1024L;
        var free = new DriveInfo(Path.GetFullPath(uploads)).AvailableFreeSpace;
        if (free < (bytes ?? 0) + keep)
            throw new UploadDiskFullException(string.Create(CultureInfo.InvariantCulture,
                $"The server's disk has {free >> 20:N0} MB free, too little to receive this file ({(bytes ?? 0) >> 20:N0} MB) and keep the {keep >> 20:N0} MB that the {ImportsOptions.Section}:{nameof(ImportsOptions.MinFreeDiskMegabytes)} setting keeps free, so it was not received. An administrator can free space (old backups or snapshots) or enlarge the disk; then upload the file again."));
    }

    /// <summary>Moves a stored file to its content-addressed name and queues its import in the ledger.</summary>
    public Guid Register(ReceivedFile file, ImportRequest request)
    {
        var stored = Path.GetFullPath(Path.Combine(options.Value.UploadsDirectory, file.ContentHash + SafeExtension(file.FileName)));
        File.Move(file.PartialPath, stored, overwrite: true);
        return ledger.Register(new NewImport(
            file.FileName, stored, file.ContentHash, request.Source, request.InboxPath, request.Kind, request.SchoolUrn, request.Wave, request.Uploader, request.Period));
    }

    /// <summary>
    /// Copies the content to the file and returns its SHA-256 and length: each block is written, and the next read, while it
    /// is hashed, so a large upload costs about the longer of the two, not both. Blocks are filled before they are written,
    /// since a request body gives its bytes in small pieces.
    /// </summary>
    private static async Task<(string Hash, long Length)> StoreAndHash(Stream content, FileStream file, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] block = new byte[1 << 20], next = new byte[1 << 20];
        long length = 0;
        var read = await content.ReadAtLeastAsync(block, block.Length, throwOnEndOfStream: false, cancellationToken);
        while (read > 0)
        {
            var written = file.WriteAsync(block.AsMemory(0, read), cancellationToken).AsTask();
            var reading = content.ReadAtLeastAsync(next, next.Length, throwOnEndOfStream: false, cancellationToken).AsTask();
            sha.AppendData(block, 0, read);
            length += read;
            await written;
            (block, next) = (next, block);
            read = await reading;
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), length);
    }

    private static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : ".csv";
    }
}
