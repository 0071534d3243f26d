using BelongingInsights.Warehouse.MartRefresh;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BelongingInsights.Dashboard.Health;

/// <summary>
/// Whether the last mart refresh finished: one that ran out of disk space or memory leaves the pages on older figures,
/// which is degraded (the pages still serve), with the refresh's own message.
/// </summary>
public sealed class MartsHealthCheck(LastMartRefresh last) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(last.Failure is { } failure
            ? HealthCheckResult.Degraded(failure)
            : HealthCheckResult.Healthy("The last mart refresh finished."));
}
