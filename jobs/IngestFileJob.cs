using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Imports one received file. Bad files do not throw, so retries are for infrastructure faults only.</summary>
public sealed class IngestFileJob(ImportPipeline pipeline)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void Run(Guid importId, CancellationToken cancellationToken) => pipeline.Import(importId, cancellationToken);
}
