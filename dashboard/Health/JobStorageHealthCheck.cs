using BelongingInsights.Jobs;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BelongingInsights.Dashboard.Health;

/// <summary>
/// Hangfire's job storage answers. When PostgreSQL is away the pages still serve from the warehouse and queued imports
/// wait for it to return, so that is degraded, not unhealthy.
/// </summary>
public sealed class JobStorageHealthCheck(JobStorage storage, IConfiguration configuration) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var kind = string.IsNullOrWhiteSpace(configuration.GetConnectionString(JobsServiceCollectionExtensions.ConnectionStringName))
            ? "in memory"
            : "PostgreSQL";
        try
        {
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers().Count, cancellationToken).WaitAsync(Patience, cancellationToken);
            return HealthCheckResult.Healthy($"Job storage ({kind}) answers; {servers} job server(s) running.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded(
                $"Job storage ({kind}) does not answer ({exception.GetType().Name}): pages still serve, and imports wait until it returns.");
        }
    }
}
