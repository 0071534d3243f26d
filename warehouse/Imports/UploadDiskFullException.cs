namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// An upload that the server's disk has no room for: refused before it is read when its length is known and too large,
/// or when the disk filled while it was stored (its half-written file is deleted). The message says what to free.
/// </summary>
public sealed class UploadDiskFullException(string message, Exception? inner = null) : IOException(message, inner);
