using System.Diagnostics;
using System.Text;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.Performance.Peers;
using BelongingInsights.Performance.Suppression;
using BelongingInsights.TestSupport;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.MartRefresh;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Performance;

/// <summary>
/// Generates one long-format marks CSV and loads it three ways: through the real import pipeline and mart refresh, with
/// DuckDB <c>read_csv</c> into a bare table, through the running dashboard's API until the import says the dashboard
/// shows it (<see cref="ApiIngest"/>), and with PostgreSQL <c>COPY</c> into a bare table. The same pupils' census,
/// suspensions and surveys are loaded first (untimed, marts refreshed), so the refresh after the marks upload rebuilds
/// what marks feed, and every dashboard query runs on a warehouse of that scale. Every mart is then rebuilt from
/// scratch, timed on its own. Last, what evaluators cost (<see cref="EvaluatorPerformance"/>).
/// </summary>
public static class PerformanceRun
{
    public static PerformanceResult Run(PerformanceScale scale, string workDirectory, TextWriter progress, bool audit = false)
    {
        Directory.CreateDirectory(workDirectory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(workDirectory, (UnixFileMode)0b111_101_101);
        var csv = Path.Combine(workDirectory, "marks.csv");

        progress.WriteLine($"Generating {scale.Marks:N0} marks ({scale.Name}) in {csv} ...");
        var started = Stopwatch.GetTimestamp();
        var marks = MarksFileGenerator.Write(csv, scale.Marks);
        var generate = Stopwatch.GetElapsedTime(started);
        var pupilFiles = PupilFilesGenerator.Write(workDirectory, (int)((marks + PerformanceScale.SessionsPerPupil - 1) / PerformanceScale.SessionsPerPupil));

        progress.WriteLine("Reading and validating alone ...");
        var (read, readPeak) = ReadAlone(csv);

        progress.WriteLine("Ingesting through the import pipeline ...");
        var (receive, import, marts, peak, record, queries, martScripts, (rebuild, rebuildScripts), evaluators) = Ingest(scale, csv, pupilFiles, workDirectory, progress, audit);

        progress.WriteLine("DuckDB read_csv ...");
        var duckdb = DuckDBPeer.ReadCsv(csv, workDirectory);

        progress.WriteLine("Ingesting end to end through the dashboard's API ...");
        var (api, apiFailed) = MeasureApi(csv, pupilFiles, progress);

        TimeSpan? copy = null;
        string? skipped = null;
        if (LocalPostgresCluster.ServerBinaries() is not null)
        {
            progress.WriteLine("PostgreSQL COPY ...");
            copy = PostgresPeer.Copy(csv);
        }
        else
        {
            skipped = "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin";
            progress.WriteLine($"PostgreSQL COPY skipped: {skipped}.");
        }

        return new PerformanceResult(scale, marks, new FileInfo(csv).Length, generate, receive, import, marts, peak,
            record.Status, record.RowsLoaded, duckdb, api, apiFailed, copy, skipped, queries, martScripts, rebuild, rebuildScripts, read, readPeak, evaluators);
    }

    private static (TimeSpan Receive, TimeSpan Import, TimeSpan Marts, long Peak, ImportRecord Record, IReadOnlyList<QueryTiming> Queries, IReadOnlyList<MartTiming> MartScripts, (TimeSpan Elapsed, IReadOnlyList<MartTiming> Scripts) Rebuild, EvaluatorResult Evaluators) Ingest(
        PerformanceScale scale, string csv, IReadOnlyList<string> pupilFiles, string workDirectory, TextWriter progress, bool audit)
    {
        using var host = WarehouseHost.Start([("DataDirectory", Path.Combine(workDirectory, "warehouse")), ("Pseudonymisation:Key", "performance run key")], builder => builder.Logging.ClearProviders());
        foreach (var file in pupilFiles)
            Import(host.Services, file, null);
        var refresher = host.Services.GetRequiredService<MartRefresher>();
        refresher.Refresh();

        PeakMemory.Reset();
        var started = Stopwatch.GetTimestamp();
        var id = Receive(host.Services, csv, "attendance-marks");
        var receive = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        var record = host.Services.GetRequiredService<ImportPipeline>().Import(id, CancellationToken.None);
        var import = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        var martScripts = refresher.Refresh();
        var marts = Stopwatch.GetElapsedTime(started);
        var peak = PeakMemory.Read();

        progress.WriteLine("Rebuilding every mart ...");
        started = Stopwatch.GetTimestamp();
        var rebuildScripts = refresher.RebuildAll();
        var rebuild = (Stopwatch.GetElapsedTime(started), rebuildScripts);
        SuppressionReport.Write(host.Services, progress, audit);

        progress.WriteLine($"Dashboard queries, {scale.QueryRuns} runs each ...");
        var queries = QueryLatency.Measure(host.Services, scale.QueryRuns);
        var evaluators = EvaluatorPerformance.Measure(host.Services, scale, workDirectory, queries, progress);
        return (receive, import, marts, peak, record, queries, martScripts, rebuild, evaluators);
    }

    /// <summary>
    /// The API step, last of the long ones at national scale: where it fails, the run says why and still prints what it
    /// measured before it, rather than losing the whole run to an exception.
    /// </summary>
    private static (TimeSpan? Elapsed, string? Failed) MeasureApi(string csv, IReadOnlyList<string> pupilFiles, TextWriter progress)
    {
        try
        {
            return (ApiIngest.MeasureAsync(csv, pupilFiles, progress).GetAwaiter().GetResult(), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or TaskCanceledException)
        {
            progress.WriteLine($"The API step failed: {e}");
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Streams the file through the marks reader alone (no warehouse), to show its memory stays flat as files grow.</summary>
    private static (TimeSpan Elapsed, long Peak) ReadAlone(string csv)
    {
        PeakMemory.Reset();
        var started = Stopwatch.GetTimestamp();
        var problems = new ProblemLog(Path.GetFileName(csv));
        using (var table = ExportTable.Open(csv, ExportKinds.LayoutsFor(ExportKind.AttendanceMarks), problems))
        {
            var context = new ImportContext(Path.GetFileName(csv), null, new Pseudonymiser(Encoding.UTF8.GetBytes("performance run key")));
            foreach (var _ in table is null ? [] : AttendanceMarksReader.Read(table, context, problems))
            {
            }
        }
        return (Stopwatch.GetElapsedTime(started), PeakMemory.Read());
    }

    private static Guid Receive(IServiceProvider services, string path, string? kind)
    {
        using var content = File.OpenRead(path);
        return services.GetRequiredService<ImportSubmission>()
            .ReceiveAsync(content, Path.GetFileName(path), new ImportRequest(ImportRequest.Upload, ImportCaller.Operator, kind), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <summary>Receives and imports the file, throwing when it does not load.</summary>
    internal static ImportRecord Import(IServiceProvider services, string path, string? kind)
    {
        var record = services.GetRequiredService<ImportPipeline>().Import(Receive(services, path, kind), CancellationToken.None);
        return record.Status == ImportStatus.Succeeded ? record : throw new InvalidOperationException($"{Path.GetFileName(path)} did not load: {record.Message}");
    }
}
