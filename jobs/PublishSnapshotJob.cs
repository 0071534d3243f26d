using BelongingInsights.Warehouse.Snapshots;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>
/// Publishes the evaluators' snapshot: nightly (recurring, Jobs:SnapshotSchedule), and Jobs:SnapshotDelay after each
/// marts refresh, when no snapshot was published since (so refreshes in quick succession publish once).
/// </summary>
public sealed class PublishSnapshotJob(SnapshotPublisher snapshots)
{
    public const string RecurringId = "publish-snapshot";

    [Queue(JobQueues.Warehouse)]
    public void Nightly() => snapshots.Publish();

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void AfterRefresh(DateTimeOffset refreshedAt) => snapshots.PublishIfOlderThan(refreshedAt);
}
