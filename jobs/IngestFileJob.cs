using BelongingInsights.Warehouse.Imports;
using Hangfire;
using Hangfire.Server;

namespace BelongingInsights.Jobs;

/// <summary>Imports one received file. Bad files do not throw, so retries are for infrastructure faults only.</summary>
public sealed class IngestFileJob(ImportPipeline pipeline)
{
    private const int Retries = 3;

    /// <summary>Hangfire passes <paramref name="context"/>; its retry count tells the import whether a fault will be retried.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = Retries)]
    public void Run(Guid importId, PerformContext? context, CancellationToken cancellationToken) =>
        pipeline.Import(importId, retried: (context?.GetJobParameter<int>("RetryCount") ?? 0) < Retries, cancellationToken);
}
