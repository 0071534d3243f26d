using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Receives a file: stores its bytes under the data directory, named by their SHA-256, and records it in the
/// ledger as queued. The caller then enqueues the import job with the id this returns.
/// </summary>
public sealed class ImportSubmission(ImportLedger ledger, IOptions<WarehouseOptions> options)
{
    public async Task<Guid> ReceiveAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        var uploads = options.Value.UploadsDirectory;
        Directory.CreateDirectory(uploads);
        var partial = Path.Combine(uploads, $"{Guid.NewGuid():N}.partial");
        string hash;
        await using (var file = File.Create(partial))
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81_920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        var stored = Path.GetFullPath(Path.Combine(uploads, hash + SafeExtension(fileName)));
        File.Move(partial, stored, overwrite: true);
        return ledger.Register(new NewImport(
            Path.GetFileName(fileName), stored, hash, request.Source, request.InboxPath, request.Kind, request.SchoolUrn, request.Wave));
    }

    private static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : ".csv";
    }
}
