using BelongingInsights.Etl.Common;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Describes a file before it is sent (<see cref="ExportHead"/>) from its first <see cref="ExportHead.HeadBytes"/> only,
/// kept in the uploads folder (the app's own user only) while it is read, then deleted.
/// </summary>
public sealed class UploadPreviewer(IOptions<WarehouseOptions> options)
{
    public async Task<ExportHead> PreviewAsync(Stream content, string fileName, long fileLength, ExportKind? kind, ReportPeriod? period, CancellationToken cancellationToken)
    {
        var uploads = options.Value.UploadsDirectory;
        OwnerOnly.CreateDirectory(uploads);
        var head = Path.Combine(uploads, $"{Guid.NewGuid():N}.head{Path.GetExtension(fileName)}");
        try
        {
            var buffer = new byte[ExportHead.HeadBytes];
            var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            await using (var file = OwnerOnly.CreateFile(head))
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            return ExportHead.Read(head, Math.Max(fileLength, read), kind, period);
        }
        finally
        {
            File.Delete(head);
        }
    }
}
