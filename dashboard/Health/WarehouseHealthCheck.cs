using BelongingInsights.Warehouse;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BelongingInsights.Dashboard.Health;

/// <summary>The warehouse answers a query: without it no page can show figures, so its failure is unhealthy.</summary>
public sealed class WarehouseHealthCheck(WarehouseDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            connection.Scalar<int>("select 1");
            return Task.FromResult(HealthCheckResult.Healthy("The warehouse answers queries."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The warehouse does not answer ({exception.GetType().Name})."));
        }
    }
}
