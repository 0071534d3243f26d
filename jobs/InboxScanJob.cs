using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>
/// Recurring: moves finished inbox files out of the way, then queues an import for each new one, with the period its
/// sub-folder or file name names; a file that cannot be received is set aside and the rest go on.
/// </summary>
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
            try
            {
                await using var file = File.OpenRead(path);
                await queue.SubmitAsync(file, Path.GetFileName(path), new ImportRequest(ImportRequest.Inbox, ImportCaller.Operator, InboxPath: path, Period: inbox.PeriodOf(path)?.FieldText), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                inbox.SetAside(path, $"The file could not be received ({exception.GetType().Name}). Drop it into the inbox again; if it is set aside again, check the server's disk.");
            }
        }
    }
}
