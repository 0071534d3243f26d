using System.Diagnostics;
using BelongingInsights.Warehouse;
using BelongingInsights.Warehouse.Snapshots;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BelongingInsights.Performance;

/// <summary>
/// What evaluators cost: publishing a snapshot (against copying the warehouse file, its peer), the evaluator queries
/// of <c>Evaluator/*.sql</c> through the sandbox (against the same query on a plain read-only connection to the same
/// snapshot, its peer), and the dashboard's queries again while the heaviest of them runs without pause.
/// </summary>
public static class EvaluatorPerformance
{
    public static EvaluatorResult Measure(IServiceProvider services, PerformanceScale scale, string workDirectory, IReadOnlyList<QueryTiming> dashboardAlone, TextWriter progress)
    {
        progress.WriteLine("Publishing a snapshot ...");
        var started = Stopwatch.GetTimestamp();
        var snapshot = services.GetRequiredService<SnapshotPublisher>().Publish();
        var publish = Stopwatch.GetElapsedTime(started);
        var warehouse = services.GetRequiredService<WarehouseDatabase>().Path;
        started = Stopwatch.GetTimestamp();
        File.Copy(warehouse, Path.Combine(workDirectory, "warehouse-copy.duckdb"));
        var copy = Stopwatch.GetElapsedTime(started);

        progress.WriteLine($"Evaluator queries, {scale.EvaluatorRuns} runs each through the sandbox and on a plain connection ...");
        var sandbox = services.GetRequiredService<SqlSandbox>();
        var queries = Queries().Select(q => Time(q.Title, q.Sql, sandbox, snapshot.DatabaseFile, scale.EvaluatorRuns)).ToList();

        progress.WriteLine("Dashboard queries again, while the heaviest evaluator query runs ...");
        var heaviest = queries.MaxBy(q => q.Sandbox.P50Milliseconds)!;
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                await sandbox.RunAsync(heaviest.Sql, CancellationToken.None);
        });
        var underLoad = QueryLatency.Measure(services, scale.QueryRuns);
        stop.Cancel();
        load.GetAwaiter().GetResult();

        return new EvaluatorResult(publish, snapshot.SizeBytes, copy, new FileInfo(warehouse).Length, queries, heaviest.Title, dashboardAlone, underLoad);
    }

    private static IEnumerable<(string Title, string Sql)> Queries() =>
        typeof(EvaluatorPerformance).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Evaluator/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Peers.EmbeddedSql.Get)
            .Select(sql => (sql.Split('\n', 2)[0].TrimStart('-', ' ').Trim(), sql));

    private static EvaluatorQueryTiming Time(string title, string sql, SqlSandbox sandbox, string snapshot, int runs)
    {
        var rows = sandbox.RunAsync(sql, CancellationToken.None).GetAwaiter().GetResult().Rows.Count;
        var sandboxed = Samples(() => sandbox.RunAsync(sql, CancellationToken.None).GetAwaiter().GetResult(), runs);
        using var plain = new DuckDBConnection($"Data Source={snapshot};access_mode=READ_ONLY");
        plain.Open();
        var peer = Samples(() => ReadAll(plain, sql), runs);
        return new EvaluatorQueryTiming(title, sql, rows, sandboxed, peer);
    }

    /// <summary>Reads every value of every row, as the sandbox does before it answers.</summary>
    private static void ReadAll(DuckDBConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        while (reader.Read())
            reader.GetValues(values);
    }

    private static Percentiles Samples(Action run, int runs)
    {
        run();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return Percentiles.Of(samples);
    }
}

/// <summary>The median and 95th percentile of some timings, in milliseconds.</summary>
public sealed record Percentiles(double P50Milliseconds, double P95Milliseconds)
{
    public static Percentiles Of(double[] samples)
    {
        Array.Sort(samples);
        return new Percentiles(At(samples, 0.50), At(samples, 0.95));
    }

    private static double At(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}

/// <summary>One evaluator query's rows and its timings through the sandbox and on a plain read-only connection.</summary>
public sealed record EvaluatorQueryTiming(string Title, string Sql, int Rows, Percentiles Sandbox, Percentiles Plain);

/// <summary>What <see cref="EvaluatorPerformance"/> measured.</summary>
public sealed record EvaluatorResult(
    TimeSpan Publish,
    long SnapshotBytes,
    TimeSpan WarehouseFileCopy,
    long WarehouseBytes,
    IReadOnlyList<EvaluatorQueryTiming> Queries,
    string Heaviest,
    IReadOnlyList<QueryTiming> DashboardAlone,
    IReadOnlyList<QueryTiming> DashboardUnderLoad);
