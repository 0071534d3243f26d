using BelongingInsights.Warehouse.MartRefresh;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Jobs;

/// <summary>
/// Rebuilds the marts the dashboard reads, after each import, then schedules the evaluators' snapshot of them a little
/// later (Jobs:SnapshotDelay), so a run of imports publishes one snapshot rather than one each. A refresh that runs out
/// of disk space or memory is not retried at once, as it would stop the same way: it is tried again on the
/// Jobs:MartCatchUpSchedule (a recurring job, one however many refreshes failed) until one finishes, and the next
/// import's refresh tries too.
/// </summary>
public sealed class RefreshMartsJob(
    MartRefresher refresher, IBackgroundJobClient jobs, IRecurringJobManager recurring, IOptions<JobsOptions> options, TimeProvider time,
    ILogger<RefreshMartsJob> logger)
{
    public const string CatchUpId = "catch-up-marts";

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void Run()
    {
        if (!RefreshOrCatchUpLater(refresher, recurring, options.Value, logger))
            return;
        var refreshedAt = time.GetUtcNow();
        jobs.Schedule<PublishSnapshotJob>(job => job.AfterRefresh(refreshedAt), options.Value.SnapshotDelay);
    }

    /// <summary>
    /// Refreshes the marts and stops any catch-up; when the refresh runs out of disk space or memory, schedules the
    /// catch-up instead and returns false (the failure is logged by the refresh).
    /// </summary>
    public static bool RefreshOrCatchUpLater(MartRefresher refresher, IRecurringJobManager recurring, JobsOptions options, ILogger logger)
    {
        try
        {
            refresher.Refresh();
        }
        catch (MartsNotRefreshedException)
        {
            recurring.AddOrUpdate<RefreshMartsJob>(CatchUpId, JobQueues.Warehouse, job => job.Run(), options.MartCatchUpSchedule);
            Log.MartsCatchUpScheduled(logger, options.MartCatchUpSchedule);
            return false;
        }
        recurring.RemoveIfExists(CatchUpId);
        return true;
    }
}
