using BelongingInsights.Warehouse;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Dashboard.Health;

/// <summary>Free space on the data directory's disk: below Health:MinFreeDiskMegabytes, uploads and mart refreshes may fail, so it is degraded.</summary>
public sealed class DiskHealthCheck(IOptions<WarehouseOptions> warehouse, IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var minimum = configuration.GetValue("Health:MinFreeDiskMegabytes", 1024L);
        var free = new DriveInfo(Path.GetFullPath(warehouse.Value.DataDirectory)).AvailableFreeSpace / (1024 * 1024);
        var data = new Dictionary<string, object> { ["freeMegabytes"] = free, ["minimumMegabytes"] = minimum };
        return Task.FromResult(free >= minimum
            ? HealthCheckResult.Healthy($"{free} MB free for the data directory.", data)
            : HealthCheckResult.Degraded($"Only {free} MB free for the data directory, below {minimum} MB: uploads and imports may fail.", data: data));
    }
}
