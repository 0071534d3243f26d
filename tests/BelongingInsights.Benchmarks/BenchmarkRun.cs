using System.Diagnostics;
using BelongingInsights.Benchmarks.Peers;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Marts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Benchmarks;

/// <summary>
/// Generates one long-format marks CSV and loads it three ways: through the real import pipeline and mart refresh,
/// with DuckDB <c>read_csv</c> into a bare table, and with PostgreSQL <c>COPY</c> into a bare table.
/// </summary>
public static class BenchmarkRun
{
    public static BenchmarkResult Run(BenchmarkScale scale, string workDirectory, TextWriter progress)
    {
        Directory.CreateDirectory(workDirectory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(workDirectory, (UnixFileMode)0b111_101_101);
        var csv = Path.Combine(workDirectory, "marks.csv");

        progress.WriteLine($"Generating {scale.Marks:N0} marks ({scale.Name}) in {csv} ...");
        var started = Stopwatch.GetTimestamp();
        var marks = MarksFileGenerator.Write(csv, scale.Marks);
        var generate = Stopwatch.GetElapsedTime(started);

        progress.WriteLine("Ingesting through the import pipeline ...");
        var (receive, import, marts, peak, record) = Ingest(csv, Path.Combine(workDirectory, "warehouse"));

        progress.WriteLine("DuckDB read_csv ...");
        var duckdb = DuckDBPeer.ReadCsv(csv, workDirectory);

        TimeSpan? copy = null;
        string? skipped = null;
        if (PostgresPeer.FindBinaries() is { } bin)
        {
            progress.WriteLine("PostgreSQL COPY ...");
            using var postgres = PostgresPeer.Start(bin, workDirectory);
            copy = postgres.Copy(csv);
        }
        else
        {
            skipped = "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin";
            progress.WriteLine($"PostgreSQL COPY skipped: {skipped}.");
        }

        return new BenchmarkResult(scale, marks, new FileInfo(csv).Length, generate, receive, import, marts, peak,
            record.Status, record.RowsLoaded, duckdb, copy, skipped);
    }

    private static (TimeSpan Receive, TimeSpan Import, TimeSpan Marts, long Peak, ImportRecord Record) Ingest(string csv, string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["DataDirectory"] = dataDirectory;
        builder.Configuration["Pseudonymisation:Key"] = "benchmark key";
        builder.Logging.ClearProviders();
        builder.AddWarehouse();
        using var host = builder.Build();
        host.Services.GetRequiredService<WarehouseMigrator>().Migrate();

        PeakMemory.Reset();
        var started = Stopwatch.GetTimestamp();
        Guid id;
        using (var content = File.OpenRead(csv))
        {
            id = host.Services.GetRequiredService<ImportSubmission>()
                .ReceiveAsync(content, "marks.csv", new ImportRequest(ImportRequest.Upload, "attendance-marks"), CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        var receive = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        var record = host.Services.GetRequiredService<ImportPipeline>().Import(id, CancellationToken.None);
        var import = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        host.Services.GetRequiredService<MartRefresher>().Refresh();
        var marts = Stopwatch.GetElapsedTime(started);
        return (receive, import, marts, PeakMemory.Read(), record);
    }
}
