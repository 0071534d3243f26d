using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Recurring: moves finished inbox files out of the way, then queues an import for each new one.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class InboxScanJob(InboxFolder inbox, ImportQueue queue)
{
    public const string RecurringId = "inbox-scan";

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        inbox.SettleFinished();
        foreach (var path in inbox.NewFiles())
        {
            await using var file = File.OpenRead(path);
            await queue.SubmitAsync(file, Path.GetFileName(path), new ImportRequest(ImportRequest.Inbox, ImportCaller.Operator, InboxPath: path), cancellationToken);
        }
    }
}
