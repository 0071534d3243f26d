using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Receives a file and enqueues its import, then a mart refresh once the import has run (or has been undone).</summary>
public sealed class ImportQueue(ImportSubmission submission, ImportLedger ledger, ImportUndo undo, IBackgroundJobClient jobs)
{
    public async Task<Guid> SubmitAsync(Stream content, string fileName, ImportRequest request, CancellationToken cancellationToken)
    {
        var importId = await submission.ReceiveAsync(content, fileName, request, cancellationToken);
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

    /// <summary>Undoes an import now, then refreshes the marts that read what it changed.</summary>
    public ImportUndoResult Undo(Guid importId, ImportCaller caller, CancellationToken cancellationToken)
    {
        var result = undo.Undo(importId, caller, cancellationToken);
        if (result.Outcome == ImportUndoOutcome.Undone)
            jobs.Enqueue<RefreshMartsJob>(job => job.Run());
        return result;
    }

    private void Enqueue(Guid importId)
    {
        var ingest = jobs.Enqueue<IngestFileJob>(job => job.Run(importId, CancellationToken.None));
        jobs.ContinueJobWith<RefreshMartsJob>(ingest, job => job.Run());
    }
}
