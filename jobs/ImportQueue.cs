using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Receives a file and enqueues its import, then a mart refresh once the import has run.</summary>
public sealed class ImportQueue(ImportSubmission submission, IBackgroundJobClient jobs)
{
    public async Task<Guid> SubmitAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        var importId = await submission.ReceiveAsync(content, fileName, request, cancellationToken);
        var ingest = jobs.Enqueue<IngestFileJob>(job => job.Run(importId, CancellationToken.None));
        jobs.ContinueJobWith<RefreshMartsJob>(ingest, job => job.Run());
        return importId;
    }
}
