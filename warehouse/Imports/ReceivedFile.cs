namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// An upload stored under a temporary name with its SHA-256 and size, not yet in the ledger. Disposing it deletes the
/// temporary file unless <see cref="ImportSubmission.Register"/> has moved it into place.
/// </summary>
public sealed class ReceivedFile(string fileName, string partialPath, string contentHash, long length) : IDisposable
{
    public string FileName { get; } = fileName;

    public string PartialPath { get; } = partialPath;

    public string ContentHash { get; } = contentHash;

    public long Length { get; } = length;

    public bool IsEmpty => Length == 0;

    public void Dispose() => File.Delete(PartialPath);
}
