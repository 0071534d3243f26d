using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Receives a file and enqueues its import, then a mart refresh once the import has run.</summary>
public sealed class ImportQueue(ImportSubmission submission, ImportLedger ledger, IBackgroundJobClient jobs)
{
    public async Task<Guid> SubmitAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        var importId = await submission.ReceiveAsync(content, fileName, request, cancellationToken);
        Enqueue(importId);
        return importId;
    }

    /// <summary>Queues a file already stored by <see cref="ImportSubmission.StoreAsync"/>.</summary>
    public Guid Submit(ReceivedFile file, ImportRequest request)
    {
        var importId = submission.Register(file, request);
        Enqueue(importId);
        return importId;
    }

    /// <summary>Runs a finished import's stored file again, for rows held back until reference data arrived.</summary>
    public Guid Reprocess(Guid originalId)
    {
        var importId = ledger.RegisterReprocess(originalId);
        Enqueue(importId);
        return importId;
    }

    private void Enqueue(Guid importId)
    {
        var ingest = jobs.Enqueue<IngestFileJob>(job => job.Run(importId, CancellationToken.None));
        jobs.ContinueJobWith<RefreshMartsJob>(ingest, job => job.Run());
    }
}
