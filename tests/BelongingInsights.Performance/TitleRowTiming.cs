using System.Diagnostics;
using System.Text;
using BelongingInsights.Performance.Peers;
using BelongingInsights.TestSupport;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Imports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Performance;

/// <summary>
/// Loads the same marks twice under the default memory limit (<c>--title-row</c>), each into a fresh warehouse: the plain
/// file in bulk, then the file with a title row above its header, which the row-by-row reader takes. Prints each
/// load's outcome, time and the process's peak memory, and the row-by-row load against the bulk one.
/// </summary>
public static class TitleRowTiming
{
    public const string TitleRow = "Attendance Marks - Summer Term 2024/25";

    public static int Run(PerformanceScale scale, string workDirectory, TextWriter output)
    {
        Directory.CreateDirectory(workDirectory);
        var plain = Path.Combine(workDirectory, "marks.csv");
        output.WriteLine($"Generating {scale.Marks:N0} marks in {plain} and a copy with the title row \"{TitleRow}\" ...");
        MarksFileGenerator.Write(plain, scale.Marks);
        var titled = Path.Combine(workDirectory, "marks-titled.csv");
        using (var copy = File.Create(titled))
        {
            copy.Write(Encoding.UTF8.GetBytes(TitleRow + "\n"));
            using var marks = File.OpenRead(plain);
            marks.CopyTo(copy);
        }

        output.WriteLine("Loading the plain file (bulk) ...");
        var bulk = Load(plain, Path.Combine(workDirectory, "bulk"));
        output.WriteLine("Loading the file with a title row (row by row) ...");
        var rowByRow = Load(titled, Path.Combine(workDirectory, "row-by-row"));

        output.WriteLine($"| path | outcome | marks loaded | weeks stored | time | peak memory (VmHWM) |");
        output.WriteLine($"| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (path, load) in new[] { ("bulk (plain file)", bulk), ("row by row (title row)", rowByRow) })
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {path} | {load.Record.Status} | {load.Record.RowsLoaded:N0} | {load.Weeks:N0} | {load.Elapsed.TotalSeconds:0.0} s | {load.Peak / (1024 * 1024):N0} MiB |"));
        }
        output.WriteLine(FormattableString.Invariant(
            $"Row by row against bulk: time {rowByRow.Elapsed / bulk.Elapsed:0.00}x, peak memory {(double)rowByRow.Peak / bulk.Peak:0.00}x."));
        output.WriteLine($"Row-by-row message: {rowByRow.Record.Message}");
        var same = rowByRow.Record.Status == ImportStatus.Succeeded && rowByRow.Record.RowsLoaded == bulk.Record.RowsLoaded && rowByRow.Weeks == bulk.Weeks;
        output.WriteLine(same ? "Both loaded the same marks into the same number of weeks." : "The two loads differ.");
        return same ? 0 : 1;
    }

    private static Load Load(string file, string dataDirectory)
    {
        using var host = WarehouseHost.Start(
            [("DataDirectory", dataDirectory), ("Pseudonymisation:Key", "performance run key"), ("Warehouse:MemoryLimit", "500MB")],
            builder => builder.Logging.ClearProviders());
        PeakMemory.Reset();
        var started = Stopwatch.GetTimestamp();
        ImportRecord record;
        using (var content = File.OpenRead(file))
        {
            var id = host.Services.GetRequiredService<ImportSubmission>()
                .ReceiveAsync(content, Path.GetFileName(file), new ImportRequest(ImportRequest.Upload, ImportCaller.Operator, null), CancellationToken.None)
                .GetAwaiter().GetResult();
            var pipeline = host.Services.GetRequiredService<ImportPipeline>();
            try
            {
                record = pipeline.Import(id, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                record = host.Services.GetRequiredService<ImportLedger>().Find(id)!;
            }
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var peak = PeakMemory.Read();
        var weeks = host.Services.GetRequiredService<WarehouseDatabase>().Query(EmbeddedSql.Get("stored_weeks.sql"), reader => reader.GetInt64(0)).Single();
        return new Load(record, elapsed, peak, weeks);
    }
}

internal sealed record Load(ImportRecord Record, TimeSpan Elapsed, long Peak, long Weeks);
