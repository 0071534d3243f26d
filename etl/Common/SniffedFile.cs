using System.Text;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// What an export file turned out to be, the encoding to read its text with, and for a file that is not text what it
/// looks like (<c>a PNG image</c>).
/// </summary>
public sealed record SniffedFile(FileShape Shape, Encoding? Encoding, string? LooksLike = null);
