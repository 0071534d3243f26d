using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Warehouse.Snapshots;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Rebuilds the marts the dashboard reads, after each import, then publishes the evaluators' snapshot of them.</summary>
public sealed class RefreshMartsJob(MartRefresher refresher, SnapshotPublisher snapshots)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void Run()
    {
        refresher.Refresh();
        snapshots.Publish();
    }
}
