using System.Text;

namespace BelongingInsights.Etl.Common;

/// <summary>What an export file turned out to be, and the encoding to read its text with.</summary>
public sealed record SniffedFile(FileShape Shape, Encoding? Encoding);
