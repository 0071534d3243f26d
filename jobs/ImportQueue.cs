using System.Collections.Concurrent;
using BelongingInsights.Warehouse.Imports;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Jobs;

/// <summary>
/// Receives a file and enqueues its import, then a mart refresh once the import has run (or has been undone). While the
/// job storage cannot be reached, what could not be queued waits here, kept queued in the ledger, and
/// <see cref="QueueWaiting"/> queues it once the storage answers again (a restart queues it too).
/// </summary>
public sealed class ImportQueue(ImportSubmission submission, ImportLedger ledger, ImportUndo undo, IBackgroundJobClient jobs, ILogger<ImportQueue> logger)
{
    private readonly Lock _reprocessing = new();
    private readonly ConcurrentDictionary<Guid, bool> _waitingImports = new();
    private volatile bool _refreshWaiting;

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

    /// <summary>
    /// Runs a finished import's stored file again, for rows held back until reference data arrived; a run already queued
    /// is shared, and an import a later file replaced is refused.
    /// </summary>
    public ReprocessResult Reprocess(Guid originalId)
    {
        lock (_reprocessing)
        {
            if (ledger.FindPendingReprocess(originalId) is { } pending)
                return new ReprocessResult(pending, null);
            if (ledger.FindSuperseding(originalId) is { } later)
                return new ReprocessResult(null, later);
            var importId = ledger.RegisterReprocess(originalId);
            Enqueue(importId);
            return new ReprocessResult(importId, null);
        }
    }

    /// <summary>
    /// Queues again every import a stopped or killed process left queued or running. A load commits with its ledger row in
    /// one transaction, so an import left running loaded nothing, and one whose job also survives finds itself final and stops.
    /// </summary>
    public int ResumeUnfinished()
    {
        var unfinished = ledger.Unfinished();
        foreach (var import in unfinished)
            Enqueue(import.Id);
        return unfinished.Count;
    }

    /// <summary>Undoes an import now, then refreshes the marts that read what it changed.</summary>
    public ImportUndoResult Undo(Guid importId, ImportCaller caller, CancellationToken cancellationToken)
    {
        var result = undo.Undo(importId, caller, cancellationToken);
        if (result.Outcome == ImportUndoOutcome.Undone)
            EnqueueRefresh();
        return result;
    }

    /// <summary>Queues what waited for the job storage; what still cannot be queued waits on. Returns how many were queued.</summary>
    public int QueueWaiting()
    {
        if (_refreshWaiting)
            EnqueueRefresh();
        var queued = 0;
        foreach (var importId in _waitingImports.Keys)
        {
            if (!Enqueue(importId))
                break;
            _waitingImports.TryRemove(importId, out _);
            queued++;
        }
        return queued;
    }

    /// <summary>
    /// Queues the import and the refresh after it; false when the job storage cannot be reached, and the import waits.
    /// Queuing one twice is harmless: a run finds it final and stops.
    /// </summary>
    private bool Enqueue(Guid importId)
    {
        try
        {
            var ingest = jobs.Enqueue<IngestFileJob>(job => job.Run(importId, null, CancellationToken.None));
            jobs.ContinueJobWith<RefreshMartsJob>(ingest, job => job.Run());
            return true;
        }
        catch (BackgroundJobClientException exception)
        {
            if (_waitingImports.TryAdd(importId, true))
                Log.ImportWaitsForJobStorage(logger, importId, exception.InnerException?.GetType().Name ?? exception.GetType().Name);
            return false;
        }
    }

    private void EnqueueRefresh()
    {
        try
        {
            jobs.Enqueue<RefreshMartsJob>(job => job.Run());
            _refreshWaiting = false;
        }
        catch (BackgroundJobClientException)
        {
            _refreshWaiting = true;
        }
    }
}
