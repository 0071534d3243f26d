using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Warehouse.Snapshots;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Jobs;

public static class JobsServiceCollectionExtensions
{
    public const string ConnectionStringName = "Hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL when <c>ConnectionStrings:Hangfire</c> is set, in memory otherwise, with one server
    /// whose single worker owns the warehouse queue, so DuckDB has one writer.
    /// </summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var jobs = builder.Configuration.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(builder.Configuration.GetSection("Jobs"));
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.IsNullOrWhiteSpace(connectionString))
                config.UseInMemoryStorage();
            else
                config.UsePostgreSqlStorage(
                    options => options.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
        });
        services.AddHangfireServer(options =>
        {
            options.ServerName = $"warehouse-writer-{Environment.MachineName}";
            options.Queues = [JobQueues.Warehouse];
            options.WorkerCount = 1;
            options.SchedulePollingInterval = jobs.SchedulePollingInterval;
        });
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<WaitingImportsService>();
        services.AddSingleton<DemoSeed>();
        services.AddTransient<IngestFileJob>();
        services.AddTransient<RefreshMartsJob>();
        services.AddTransient<InboxScanJob>();
        services.AddTransient<DeleteExpiredUploadsJob>();
        services.AddTransient<PublishSnapshotJob>();
        return builder;
    }

    /// <summary>
    /// Brings the warehouse up to date before any job runs: migrations, what a killed process left (half-received files
    /// deleted, unfinished imports queued again), marts (or their catch-up, when the disk or memory runs out), the evaluators' first snapshot when there is
    /// none, the inbox, upload-deletion and nightly snapshot schedules and, on a first start with <c>Demo:Seed</c> on, the demonstration data.
    /// </summary>
    public static async Task PrepareWarehouseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("BelongingInsights.Jobs");
        var configuration = services.GetRequiredService<IConfiguration>();
        Log.JobStorage(logger, string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName))
            ? "in memory (set ConnectionStrings:Hangfire to use PostgreSQL)"
            : "PostgreSQL");
        services.GetRequiredService<WarehouseMigrator>().Migrate();
        Log.LeftoversDeleted(logger, services.GetRequiredService<UploadLeftovers>().DeleteAll());
        Log.ImportsResumed(logger, services.GetRequiredService<ImportQueue>().ResumeUnfinished());
        var jobs = services.GetRequiredService<IOptions<JobsOptions>>().Value;
        if (RefreshMartsJob.RefreshOrCatchUpLater(services.GetRequiredService<MartRefresher>(), services.GetRequiredService<IRecurringJobManager>(), jobs, logger))
            services.GetRequiredService<SnapshotPublisher>().PublishIfNone();
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<InboxScanJob>(
            InboxScanJob.RecurringId, JobQueues.Warehouse, job => job.RunAsync(CancellationToken.None), jobs.InboxSchedule);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DeleteExpiredUploadsJob>(
            DeleteExpiredUploadsJob.RecurringId, JobQueues.Warehouse, job => job.Run(), jobs.DeleteUploadsSchedule);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<PublishSnapshotJob>(
            PublishSnapshotJob.RecurringId, JobQueues.Warehouse, job => job.Nightly(), jobs.SnapshotSchedule);
        if (configuration.GetValue("Demo:Seed", true))
            Log.DemoSeeded(logger, await services.GetRequiredService<DemoSeed>().SeedIfEmptyAsync(cancellationToken));
    }
}
