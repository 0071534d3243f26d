using BelongingInsights.Warehouse.MartRefresh;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Rebuilds the marts the dashboard reads, after each import.</summary>
public sealed class RefreshMartsJob(MartRefresher refresher)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 3)]
    public void Run() => refresher.Refresh();
}
