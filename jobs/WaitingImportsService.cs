using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Jobs;

/// <summary>
/// Every few seconds, queues the imports that waited while the job storage could not be reached
/// (<see cref="ImportQueue.QueueWaiting"/>): Hangfire's own schedules live in that storage, so this runs beside it.
/// </summary>
public sealed class WaitingImportsService(ImportQueue queue, ILogger<WaitingImportsService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var queued = queue.QueueWaiting();
            if (queued > 0)
                Log.WaitingImportsQueued(logger, queued);
        }
    }
}
