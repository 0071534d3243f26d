namespace BelongingInsights.Jobs;

/// <summary>The <c>Jobs</c> settings section.</summary>
public sealed class JobsOptions
{
    /// <summary>How often the inbox folder is scanned, as a cron expression (seconds allowed as a sixth field).</summary>
    public string InboxSchedule { get; set; } = "* * * * *";

    /// <summary>How often stored uploads past Imports:KeepUploadsDays are deleted, as a cron expression.</summary>
    public string DeleteUploadsSchedule { get; set; } = "17 * * * *";

    /// <summary>When the nightly snapshot for evaluators is published, as a cron expression (UTC).</summary>
    public string SnapshotSchedule { get; set; } = "30 2 * * *";

    /// <summary>How long after a marts refresh its snapshot is published; refreshes within this wait publish one snapshot.</summary>
    public TimeSpan SnapshotDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// After a marts refresh ran out of disk space or memory, how often it is tried again until one finishes, as a cron
    /// expression (docs/operations.md, disk full and out of memory).
    /// </summary>
    public string MartCatchUpSchedule { get; set; } = "*/10 * * * *";

    /// <summary>How often Hangfire looks for scheduled and recurring jobs that are due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a PostgreSQL-backed worker checks its queue for new jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
