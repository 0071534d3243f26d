using BelongingInsights.Warehouse.Imports;
using Hangfire;

namespace BelongingInsights.Jobs;

/// <summary>Recurring: deletes stored uploads kept past Imports:KeepUploadsDays (<see cref="UploadRetention"/>).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class DeleteExpiredUploadsJob(UploadRetention retention)
{
    public const string RecurringId = "delete-expired-uploads";

    [Queue(JobQueues.Warehouse)]
    public void Run() => retention.DeleteExpired();
}
