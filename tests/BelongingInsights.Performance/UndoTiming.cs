using System.Diagnostics;
using System.Text;
using BelongingInsights.TestSupport;
using BelongingInsights.Warehouse.Imports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BelongingInsights.Performance;

/// <summary>
/// Times undoing a session-marks import against loading the same file (<c>--undo</c>): a school's year of marks
/// (1,000 pupils, 380,000 marks) loaded in bulk, the same marks again with a title row (read row by row, so it loads as
/// a second import of the same weeks), then the second undone, which empties the weeks and loads the first file again
/// row by row, then the first undone, now the only one, which only empties its weeks.
/// </summary>
public static class UndoTiming
{
    public static void Run(string workDirectory, TextWriter output)
    {
        var file = Path.Combine(workDirectory, "marks.csv");
        MarksFileGenerator.Write(file, PerformanceScale.School.Marks);
        var titled = Path.Combine(workDirectory, "marks-titled.csv");
        using (var copy = File.Create(titled))
        {
            copy.Write(Encoding.UTF8.GetBytes("Register export 02/09/2024\n"));
            using var marks = File.OpenRead(file);
            marks.CopyTo(copy);
        }
        using var host = WarehouseHost.Start([("DataDirectory", Path.Combine(workDirectory, "warehouse")), ("Pseudonymisation:Key", "performance run key")], builder => builder.Logging.ClearProviders());
        var undo = host.Services.GetRequiredService<ImportUndo>();
        ImportRecord? first = null, second = null;
        var bulk = Time(() => first = PerformanceRun.Import(host.Services, file, null));
        var rowByRow = Time(() => second = PerformanceRun.Import(host.Services, titled, null));
        var undoSecond = Time(() => Undone(undo.Undo(second!.Id, ImportCaller.Operator, CancellationToken.None)));
        var undoOnly = Time(() => Undone(undo.Undo(first!.Id, ImportCaller.Operator, CancellationToken.None)));
        output.WriteLine($"| step | time | against the bulk load |");
        output.WriteLine($"| --- | --- | --- |");
        foreach (var (step, elapsed) in new[]
        {
            ("load the file (bulk)", bulk), ("load it again with a title row (row by row)", rowByRow),
            ("undo the second (loads the first again, row by row)", undoSecond), ("undo the first, now the only one", undoOnly),
        })
        {
            output.WriteLine(FormattableString.Invariant($"| {step} | {elapsed.TotalSeconds:0.00} s | {elapsed / bulk:0.00}x |"));
        }
    }

    private static TimeSpan Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started);
    }

    private static void Undone(ImportUndoResult result)
    {
        if (result.Outcome != ImportUndoOutcome.Undone)
            throw new InvalidOperationException($"The undo was refused: {result.Message}");
    }
}
