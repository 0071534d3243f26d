using System.IO.Compression;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// Names what a file that is not a text export looks like from its first bytes (an image, a PDF, an archive), so it can
/// be refused saying so rather than read as Windows-1252 text and refused for having no header.
/// </summary>
internal static class FileSignatures
{
    private static readonly (byte[] Signature, string Description)[] Known =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), "a RAR archive"),
    ];

    /// <summary>The description of a known non-text signature at the start of <paramref name="head"/>, or null.</summary>
    public static string? Describe(ReadOnlySpan<byte> head)
    {
        foreach (var (signature, description) in Known)
        {
            if (head.StartsWith(signature))
                return description;
        }
        return head.Contains((byte)0) ? "a binary file" : null;
    }

    /// <summary>Whether a ZIP file is an Excel workbook (it holds <c>xl/workbook.xml</c>) rather than some other archive.</summary>
    public static bool IsExcelWorkbook(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return archive.Entries.Any(entry => entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
