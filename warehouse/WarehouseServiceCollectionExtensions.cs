using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Backups;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Warehouse.Queries;
using BelongingInsights.Warehouse.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddWarehouse(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WarehouseOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.DataDirectory = configuration[WarehouseOptions.DataDirectorySetting] ?? options.DataDirectory;
                configuration.GetSection("Warehouse").Bind(options);
            })
            .Validate(o => o.SuppressionThreshold >= 1, "Warehouse:SuppressionThreshold must be at least 1.")
            .Validate(o => o.RejectThreshold is >= 0 and <= 1, "Warehouse:RejectThreshold must be between 0 and 1.")
            .ValidateOnStart();
        services.AddOptions<ImportsOptions>()
            .Bind(builder.Configuration.GetSection(ImportsOptions.Section))
            .Validate(o => o.KeepUploadsDays >= 1, "Imports:KeepUploadsDays must be at least 1.")
            .Validate(o => o.MaxUploadMegabytes >= 1, "Imports:MaxUploadMegabytes must be at least 1.")
            .Validate(o => o.MinFreeDiskMegabytes >= 0, "Imports:MinFreeDiskMegabytes must be 0 or more.")
            .Validate(o => o.MaxLineKilobytes is >= 1 and <= 1024 * 1024, "Imports:MaxLineKilobytes must be between 1 and 1048576.")
            .Validate(o => o.MaxColumns >= 1, "Imports:MaxColumns must be at least 1.")
            .Validate(o => o.MaxStoredProblems >= 1, "Imports:MaxStoredProblems must be at least 1.")
            .Validate(o => o.MaxProblemValueLength >= 1, "Imports:MaxProblemValueLength must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<SnapshotOptions>()
            .Bind(builder.Configuration.GetSection(SnapshotOptions.Section))
            .Validate(o => o.Keep >= 1, "Snapshots:Keep must be at least 1.")
            .Validate(o => o.QueryTimeoutSeconds >= 1, "Snapshots:QueryTimeoutSeconds must be at least 1.")
            .Validate(o => o.RowLimit >= 1, "Snapshots:RowLimit must be at least 1.")
            .Validate(o => o.QueryThreads >= 1, "Snapshots:QueryThreads must be at least 1.")
            .Validate(o => o.MaxConcurrentQueries >= 1, "Snapshots:MaxConcurrentQueries must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WarehouseDatabase>();
        services.AddHostedService<WarehouseRecoveryService>();
        services.AddSingleton<WarehouseMigrator>();
        services.AddSingleton<ImportLedger>();
        services.AddSingleton<ImportPipeline>();
        services.AddSingleton<ImportUndo>();
        services.AddSingleton<ImportSubmission>();
        services.AddSingleton<UploadPreviewer>();
        services.AddSingleton<InboxFolder>();
        services.AddSingleton<UploadRetention>();
        services.AddSingleton<UploadLeftovers>();
        services.AddSingleton<LastMartRefresh>();
        services.AddSingleton<MartRefresher>();
        services.AddSingleton<SnapshotPublisher>();
        services.AddSingleton<WarehouseBackup>();
        services.AddSingleton<SnapshotCatalog>();
        services.AddSingleton<SqlSandbox>();
        services.AddSingleton<AttendanceBySchoolTermQuery>();
        services.AddSingleton<AttendanceYearToDateQuery>();
        services.AddSingleton<AttendanceBenchmarkQuery>();
        services.AddSingleton<AttendanceByGroupQuery>();
        services.AddSingleton<PublishedByGroupQuery>();
        services.AddSingleton<SurveyItemQuery>();
        services.AddSingleton<SurveyThemeQuery>();
        services.AddSingleton<DataDictionaryQuery>();
        services.AddSingleton<RollExitsQuery>();
        services.AddSingleton<AuditByAreaQuery>();
        services.AddSingleton<ExclusionsBySchoolQuery>();
        services.AddSingleton<SurveyScaleQuery>();
        services.AddSingleton<SurveyItemChangeQuery>();
        services.AddSingleton<SurveyPairedQuery>();
        services.AddSingleton<BelongingAttendanceQuery>();
        services.AddSingleton<SchoolChoicesQuery>();
        services.AddSingleton<CoverageQuery>();
        services.AddSingleton<FilterChoicesQuery>();
        services.AddSingleton<OverviewTilesQuery>();
        services.AddSingleton<SchoolPageQuery>();
        services.AddSingleton<SchoolEvidenceQuery>();
        foreach (var slice in ExportKindSlices.All)
            services.AddSingleton(slice.Loader);
        services.AddSingleton(provider => new Pseudonymiser(PseudonymisationKey.Resolve(
            provider.GetRequiredService<IConfiguration>()[PseudonymisationKey.Setting],
            provider.GetRequiredService<IOptions<WarehouseOptions>>().Value.DataDirectory,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PseudonymisationKey)))));
        return builder;
    }
}
