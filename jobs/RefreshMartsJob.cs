using BelongingInsights.Warehouse.MartRefresh;
using Hangfire;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Jobs;

/// <summary>
/// Rebuilds the marts the dashboard reads, after each import, then schedules the evaluators' snapshot of them a little
/// later (Jobs:SnapshotDelay), so a run of imports publishes one snapshot rather than one each.
/// </summary>
public sealed class RefreshMartsJob(MartRefresher refresher, IBackgroundJobClient jobs, IOptions<JobsOptions> options, TimeProvider time)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void Run()
    {
        refresher.Refresh();
        var refreshedAt = time.GetUtcNow();
        jobs.Schedule<PublishSnapshotJob>(job => job.AfterRefresh(refreshedAt), options.Value.SnapshotDelay);
    }
}
