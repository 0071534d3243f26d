using BelongingInsights.Warehouse.Imports;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BelongingInsights.Dashboard.Api;

/// <summary>
/// What a <c>POST /api/imports</c> carried: the file, streamed straight into the uploads folder as it arrives (never
/// buffered by the form reader into a temporary file first), and the small fields that describe it. A multipart form's
/// file is its field <c>file</c>, and its other fields may come before or after it; any other body is the file itself,
/// named by the query's <c>fileName</c> or the <c>Content-Disposition</c> header, described by the query.
/// </summary>
public sealed class UploadBody : IDisposable
{
    private const int FieldLimit = 1024;

    /// <summary>The multipart reader's buffer, larger than its default of 4 KB (docs/performance.md, "Latest run").</summary>
    private const int MultipartBuffer = 64 * 1024;
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    private UploadBody()
    {
    }

    public ReceivedFile? File { get; private set; }

    /// <summary>Why the body could not be read as an upload, when it could not.</summary>
    public string? Refusal { get; private set; }

    public string? Field(string name) => _fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static async Task<UploadBody> ReadAsync(HttpRequest request, ImportSubmission submission, long maxBytes, CancellationToken cancellationToken)
    {
        var body = new UploadBody();
        foreach (var (name, value) in request.Query)
            body._fields[name] = value.ToString();
        try
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
                await body.ReadMultipartAsync(request, type, submission, maxBytes, cancellationToken);
            else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null)
                body.File = await submission.StoreAsync(request.Body, RawFileName(request, body), cancellationToken);
            else
                body.Refusal = "Send the export as the request body, or as a multipart form field named 'file'.";
        }
        catch
        {
            body.Dispose();
            throw;
        }
        return body;
    }

    public void Dispose() => File?.Dispose();

    private async Task ReadMultipartAsync(
        HttpRequest request, MediaTypeHeaderValue type, ImportSubmission submission, long maxBytes, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            Refusal = "The multipart form has no boundary.";
            return;
        }
        var reader = new MultipartReader(boundary, request.Body, MultipartBuffer) { BodyLengthLimit = maxBytes };
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition() && name == "file")
            {
                if (File is not null)
                {
                    Refusal = "Send one file per request.";
                    return;
                }
                File = await submission.StoreAsync(section.Body, FileNameOf(disposition) ?? "upload.csv", cancellationToken);
            }
            else if (disposition.IsFormDisposition())
            {
                var buffer = new char[FieldLimit];
                using var text = new StreamReader(section.Body);
                _fields[name] = new string(buffer, 0, await text.ReadBlockAsync(buffer, cancellationToken));
            }
        }
        if (File is null)
            Refusal = "Send the export as a multipart form field named 'file', or as the request body.";
    }

    private static string RawFileName(HttpRequest request, UploadBody body) =>
        body.Field("fileName")
        ?? (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition) ? FileNameOf(disposition) : null)
        ?? "upload.csv";

    private static string? FileNameOf(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value is { Length: > 0 } name
            ? Path.GetFileName(name)
            : null;
}
