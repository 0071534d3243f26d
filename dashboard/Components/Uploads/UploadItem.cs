using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;
using Microsoft.AspNetCore.Components.Forms;

namespace BelongingInsights.Dashboard.Components.Uploads;

/// <summary>One file on the upload page: what its head said, then how far it has got, from the upload to the dashboard.</summary>
public sealed class UploadItem(IBrowserFile file)
{
    public IBrowserFile File { get; } = file;

    public ExportHead? Head { get; set; }

    public long BytesSent { get; set; }

    public string? Error { get; set; }

    public ImportRecord? Import { get; set; }

    /// <summary>The finished import's problems, read once.</summary>
    public IReadOnlyList<ImportProblem>? Problems { get; set; }

    public bool Sending { get; set; }

    public bool Done => Error is not null || Import is { } i && (i.Status is ImportStatus.Rejected or ImportStatus.Failed || i.MartsRefreshedAt is not null);

    /// <summary>The stage in words, for the progress bar's label.</summary>
    public string Stage => (Error, Import) switch
    {
        ({ } error, _) => error,
        (_, null) when Sending => "Uploading",
        (_, null) => "Ready to upload",
        (_, { Status: ImportStatus.Queued }) => "Waiting in the queue",
        (_, { Status: ImportStatus.Running }) => "Checking and loading rows",
        (_, { Status: ImportStatus.Succeeded, MartsRefreshedAt: null }) => "Loaded; updating the dashboard",
        (_, { Status: ImportStatus.Succeeded }) => "On the dashboard",
        (_, { Status: ImportStatus.Rejected }) => "Not loaded",
        _ => "Failed",
    };

    /// <summary>How far along, out of 100: the upload's bytes take it to 40, then queue, loading, and the dashboard refresh.</summary>
    public int Percent => Import switch
    {
        null => File.Size == 0 ? 0 : (int)(40 * BytesSent / File.Size),
        { Status: ImportStatus.Queued } => 50,
        { Status: ImportStatus.Running } => 70,
        { Status: ImportStatus.Succeeded, MartsRefreshedAt: null } => 90,
        _ => 100,
    };
}
