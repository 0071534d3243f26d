using System.Text;
using System.Text.Unicode;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// Decides how to read an export's bytes: a byte order mark wins; otherwise strict UTF-8 when every byte of the
/// file is valid UTF-8, else Windows-1252 (what Excel's plain "CSV (Comma delimited)" writes on UK Windows).
/// Workbooks, empty files and files that are not text at all (images, PDFs, archives) are recognised so they can be
/// refused with a useful message.
/// </summary>
public static class TextEncodingSniffer
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static SniffedFile Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4096];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        if (length == 0)
            return new SniffedFile(FileShape.Empty, null);
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
            return FileSignatures.IsExcelWorkbook(path)
                ? new SniffedFile(FileShape.Workbook, null)
                : new SniffedFile(FileShape.NotText, null, "a ZIP archive");
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            return new SniffedFile(FileShape.Workbook, null);
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return new SniffedFile(FileShape.Text, Encoding.UTF8);
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }))
            return new SniffedFile(FileShape.Text, Encoding.Unicode);
        if (head.StartsWith(new byte[] { 0xFE, 0xFF }))
            return new SniffedFile(FileShape.Text, Encoding.BigEndianUnicode);
        if (length >= 4 && head[1] == 0 && head[3] == 0 && head[0] != 0)
            return new SniffedFile(FileShape.Text, Encoding.Unicode);
        if (FileSignatures.Describe(head) is { } description)
            return new SniffedFile(FileShape.NotText, null, description);
        stream.Position = 0;
        return new SniffedFile(FileShape.Text, IsUtf8(stream) ? Encoding.UTF8 : Windows1252.Value);
    }

    private static bool IsUtf8(Stream stream)
    {
        var buffer = new byte[1 << 20];
        var chars = new char[buffer.Length];
        var carried = 0;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0 || carried > 0)
        {
            var available = carried + read;
            var final = read == 0;
            var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == System.Buffers.OperationStatus.InvalidData)
                return false;
            if (final)
                return status == System.Buffers.OperationStatus.Done;
            carried = available - consumed;
            buffer.AsSpan(consumed, carried).CopyTo(buffer);
        }
        return true;
    }
}
