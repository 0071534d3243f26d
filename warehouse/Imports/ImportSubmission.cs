using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Receives a file: stores its bytes under the data directory, named by their SHA-256, and records it in the
/// ledger as queued. The caller then enqueues the import job with the id this returns. An upload that cannot be read
/// to its end leaves nothing behind. The folder and file are readable by the app's own user only.
/// </summary>
public sealed class ImportSubmission(ImportLedger ledger, IOptions<WarehouseOptions> options)
{
    public async Task<Guid> ReceiveAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        var uploads = options.Value.UploadsDirectory;
        OwnerOnly.CreateDirectory(uploads);
        var partial = Path.Combine(uploads, $"{Guid.NewGuid():N}.partial");
        string hash;
        try
        {
            await using var file = OwnerOnly.CreateFile(partial);
            hash = await StoreAndHash(content, file, cancellationToken);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        var stored = Path.GetFullPath(Path.Combine(uploads, hash + SafeExtension(fileName)));
        File.Move(partial, stored, overwrite: true);
        return ledger.Register(new NewImport(
            Path.GetFileName(fileName), stored, hash, request.Source, request.InboxPath, request.Kind, request.SchoolUrn, request.Wave, request.Uploader, request.Period));
    }

    /// <summary>
    /// Copies the content to the file and returns its SHA-256: each block is written, and the next read, while it is hashed, so a large
    /// upload costs about the longer of the two, not both.
    /// </summary>
    private static async Task<string> StoreAndHash(Stream content, FileStream file, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] block = new byte[1 << 20], next = new byte[1 << 20];
        var read = await content.ReadAsync(block, cancellationToken);
        while (read > 0)
        {
            var written = file.WriteAsync(block.AsMemory(0, read), cancellationToken).AsTask();
            var reading = content.ReadAsync(next, cancellationToken).AsTask();
            sha.AppendData(block, 0, read);
            await written;
            (block, next) = (next, block);
            read = await reading;
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : ".csv";
    }
}
