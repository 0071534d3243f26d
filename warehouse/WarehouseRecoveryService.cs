using Microsoft.Extensions.Hosting;

namespace BelongingInsights.Warehouse;

/// <summary>
/// Every few seconds, opens the warehouse afresh if DuckDB has stopped it (<see cref="WarehouseDatabase.RecoverIfInvalidated"/>),
/// so the app recovers from a full disk or a checkpoint out of memory without a restart once the cause is gone.
/// </summary>
public sealed class WarehouseRecoveryService(WarehouseDatabase database) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            database.RecoverIfInvalidated();
    }
}
