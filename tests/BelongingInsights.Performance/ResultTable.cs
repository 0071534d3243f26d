using System.Globalization;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.MartRefresh;

namespace BelongingInsights.Performance;

/// <summary>Prints a run's measurements as a table, with the ingest's ratio against each peer.</summary>
public static class ResultTable
{
    private const long TargetPeakBytes = 1L << 30;
    private const int SlowestMarts = 5;

    private static int MartScriptCount => MartScript.All.Count;

    public static void Print(PerformanceResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Scale {result.Scale.Name}: {result.Marks:N0} marks, CSV {result.FileBytes / 1048576.0:N1} MiB (generated in {Seconds(result.Generate)}); import {result.ImportStatus}, {result.RowsLoaded:N0} marks loaded."));
        output.WriteLine();
        output.WriteLine("| measure | time | marks/s | ingest ratio |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        Row(output, "ingest end to end (receive, validate, star schema, marts)", result.Ingest, result.Marks, "1.00x");
        Row(output, "  receive (copy and SHA-256 of the upload)", result.Receive, result.Marks, "");
        Row(output, "  import pipeline (read, validate, stage, load.sql)", result.Import, result.Marks, "");
        Row(output, $"  mart refresh ({result.MartScripts.DistinctBy(m => m.Script).Count()} of {MartScriptCount} scripts: the marts marks feed)", result.MartRefresh, result.Marks, "");
        Slowest(output, result.MartScripts, result.Marks);
        AcrossSets(output, result.MartScripts, result.MartRefresh, result.Marks);
        Row(output, $"every mart rebuilt from scratch ({MartScriptCount} scripts), on its own", result.MartRebuild, result.Marks, "");
        Slowest(output, result.RebuildScripts, result.Marks);
        AcrossSets(output, result.RebuildScripts, result.MartRebuild, result.Marks);
        Row(output, "DuckDB read_csv into a bare table", result.DuckDBReadCsv, result.Marks, Ratio(result.Ingest, result.DuckDBReadCsv));
        if (result.ApiIngest is { } api)
            Row(output, "through the API: upload start until martsRefreshedAt", api, result.Marks, "");
        else
            output.WriteLine($"| through the API: upload start until martsRefreshedAt | failed: {result.ApiFailed} | | |");
        if (result.PostgresCopy is { } copy)
            Row(output, "PostgreSQL COPY into a bare table", copy, result.Marks, Ratio(result.Ingest, copy));
        else
            output.WriteLine($"| PostgreSQL COPY into a bare table | skipped: {result.PostgresSkipped} | | |");
        output.WriteLine();
        var peak = result.PeakIngestBytes / 1048576.0;
        output.WriteLine(Invariant($"Peak memory during ingest (managed + native, peak working set): {peak:N0} MiB; target at most 1,024 MiB: {(result.PeakIngestBytes <= TargetPeakBytes ? "met" : "missed")}."));
        output.WriteLine(Invariant($"Reading and validating alone (no warehouse): {Seconds(result.ReadAlone)}, peak {result.PeakReadAloneBytes / 1048576.0:N0} MiB."));
        output.WriteLine(Invariant($"Targets: ingest at most 1.5x DuckDB read_csv: {Met(result.Ingest, result.DuckDBReadCsv, 1.5)}; faster than PostgreSQL COPY: {Met(result.Ingest, result.PostgresCopy, 1.0)}."));
        output.WriteLine(result.ApiIngest is { } through
            ? Invariant($"Through the API, upload start until martsRefreshedAt: {Seconds(through)}, {Ratio(through, result.DuckDBReadCsv)} DuckDB read_csv of the same file in this run; target at most 1.5x: {Met(through, result.DuckDBReadCsv, 1.5)}.")
            : "Through the API: not measured, its step failed (above).");
        PrintQueries(result, output);
        PrintEvaluators(result.Evaluators, result.Scale.EvaluatorRuns, output);
    }

    private static void PrintEvaluators(EvaluatorResult result, int runs, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Snapshot for evaluators: published in {Seconds(result.Publish)}, {result.SnapshotBytes / 1048576.0:N1} MiB; copying the warehouse file ({result.WarehouseBytes / 1048576.0:N1} MiB) took {Seconds(result.WarehouseFileCopy)}: publish {Ratio(result.Publish, result.WarehouseFileCopy)} the copy, size {(double)result.SnapshotBytes / Math.Max(result.WarehouseBytes, 1):N2}x the warehouse file."));
        output.WriteLine();
        output.WriteLine(Invariant($"Evaluator queries over {runs} runs each, through the sandbox and on a plain read-only connection to the same snapshot (the peer):"));
        output.WriteLine();
        output.WriteLine("| query | rows | sandbox p50 | sandbox p95 | plain p50 | plain p95 | p95 ratio |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var q in result.Queries)
            output.WriteLine(Invariant($"| {q.Title} | {q.Rows:N0} | {q.Sandbox.P50Milliseconds:N1} ms | {q.Sandbox.P95Milliseconds:N1} ms | {q.Plain.P50Milliseconds:N1} ms | {q.Plain.P95Milliseconds:N1} ms | {q.Sandbox.P95Milliseconds / Math.Max(q.Plain.P95Milliseconds, 1e-6):N2}x |"));
        var alone = result.DashboardAlone.MaxBy(q => q.P95Milliseconds);
        var loaded = result.DashboardUnderLoad.MaxBy(q => q.P95Milliseconds);
        if (alone is null || loaded is null)
            return;
        output.WriteLine();
        output.WriteLine(Invariant($"Dashboard queries while \"{result.Heaviest}\" runs without pause: slowest p95 {loaded.P95Milliseconds:N1} ms ({loaded.Query}), against {alone.P95Milliseconds:N1} ms ({alone.Query}) alone: {loaded.P95Milliseconds / Math.Max(alone.P95Milliseconds, 1e-6):N2}x."));
    }

    private static void PrintQueries(PerformanceResult result, TextWriter output)
    {
        var target = result.Scale.QueryTargetMilliseconds;
        output.WriteLine();
        output.WriteLine(Invariant($"Dashboard queries over {result.Scale.QueryRuns} runs each (target p95 at most {target} ms at this scale):"));
        output.WriteLine();
        output.WriteLine("| page | query | rows | p50 | p95 |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var q in result.Queries)
            output.WriteLine(Invariant($"| {q.Page} | {q.Query} | {q.Rows:N0} | {q.P50Milliseconds:N1} ms | {q.P95Milliseconds:N1} ms |"));
        var slowest = result.Queries.MaxBy(q => q.P95Milliseconds);
        output.WriteLine();
        output.WriteLine(slowest is null
            ? "No dashboard queries were measured."
            : Invariant($"Slowest p95: {slowest.Query}, {slowest.P95Milliseconds:N1} ms; target {(slowest.P95Milliseconds <= target ? "met" : "missed")}."));
    }

    private static void Slowest(TextWriter output, IReadOnlyList<MartTiming> scripts, long marks)
    {
        foreach (var script in scripts.OrderByDescending(m => m.Elapsed).Take(SlowestMarts))
            Row(output, script.Mart is null ? $"    {script.Script}" : $"    {script.Script} ({script.Mart})", script.Elapsed, marks, "");
    }

    /// <summary>
    /// The check of small cells across sets and the secondary suppression passes it caused, within a refresh, with the
    /// refresh's time as a ratio to the refresh without it.
    /// </summary>
    private static void AcrossSets(TextWriter output, IReadOnlyList<MartTiming> scripts, TimeSpan? refresh, long marks)
    {
        if (refresh is not { } total)
            return;
        var check = TimeSpan.FromTicks(scripts.Sum(s => s.AcrossSets.Ticks));
        Row(output, "    of which the check across sets (every mart)", check, marks, Invariant($"refresh {Ratio(total, total - check)} without it"));
    }

    private static void Row(TextWriter output, string measure, TimeSpan? time, long marks, string ratio)
    {
        if (time is not { } t)
            return;
        output.WriteLine(Invariant($"| {measure} | {Seconds(t)} | {marks / Math.Max(t.TotalSeconds, 1e-6):N0} | {ratio} |"));
    }

    private static string Ratio(TimeSpan ingest, TimeSpan? peer) =>
        peer is { } p ? Invariant($"{ingest.TotalSeconds / Math.Max(p.TotalSeconds, 1e-6):N2}x") : "";

    private static string Met(TimeSpan ingest, TimeSpan? peer, double factor) =>
        peer is { } p ? (ingest.TotalSeconds <= factor * p.TotalSeconds ? "met" : "missed") : "not measured";

    private static string Seconds(TimeSpan time) => Invariant($"{time.TotalSeconds:N2} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
