using BelongingInsights.Dashboard.Health;
using BelongingInsights.Jobs;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.MartRefresh;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Tests;

/// <summary>
/// The refresh job on a real warehouse and Hangfire's in-memory storage: a refresh that runs out of memory (DuckDB's
/// limit lowered for the test; a full disk is taken the same way) ends without a fault, so Hangfire does not retry it at
/// once, adds the one catch-up job, publishes no snapshot and leaves /healthz's marts degraded; the catch-up that runs
/// once the limit is raised refreshes, removes itself and schedules the snapshot.
/// </summary>
public sealed class RefreshMartsJobTests
{
    [Fact]
    public async Task A_refresh_out_of_memory_is_caught_up_by_one_recurring_job_that_removes_itself_once_a_refresh_finishes()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100002, "03/10/2024", [.. Enumerable.Range(1, 2_000).Select(p => (p, p % 2 == 0 ? "F" : "M", "N"))]), "census.csv");
        warehouse.ImportLeavingMartsStale(MarksCsv.For(100002, 2_000, new DateOnly(2024, 9, 2), days: 60), "marks.csv");
        using var storage = new InMemoryStorage();
        var options = new JobsOptions();
        var job = new RefreshMartsJob(warehouse.Get<MartRefresher>(), new BackgroundJobClient(storage), new RecurringJobManager(storage),
            Options.Create(options), TimeProvider.System, NullLogger<RefreshMartsJob>.Instance);
        var health = new MartsHealthCheck(warehouse.Get<LastMartRefresh>());
        warehouse.SetMemoryLimit("8MB");

        job.Run();
        job.Run();

        Assert.Equal([(RefreshMartsJob.CatchUpId, options.MartCatchUpSchedule)], RecurringJobs(storage));
        Assert.Equal(0, storage.GetMonitoringApi().ScheduledCount());
        var degraded = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.StartsWith("The marts needed more memory than the warehouse may use", degraded.Description, StringComparison.Ordinal);

        warehouse.SetMemoryLimit("500MB");
        job.Run();

        Assert.Empty(RecurringJobs(storage));
        Assert.Equal(1, storage.GetMonitoringApi().ScheduledCount());
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Equal(0L, warehouse.Scalar<long>("select count(*) from ops_import where status = 'succeeded' and marts_refreshed_at is null"));
    }

    private static List<(string Id, string Cron)> RecurringJobs(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => (j.Id, j.Cron))];
    }
}
