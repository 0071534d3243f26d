using System.Collections;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Snapshots;

/// <summary>
/// Runs an evaluator's query on the latest snapshot, never on the warehouse's own connections: in a DuckDB instance
/// of its own, opened read-only with external access off (no files, no network, no extensions) and its configuration
/// locked, with its own memory limit and threads. One statement that reads; stopped after the time limit; cut at
/// the row limit; at most <see cref="SnapshotOptions.MaxConcurrentQueries"/> at once.
/// </summary>
public sealed class SqlSandbox(IOptions<WarehouseOptions> warehouse, IOptions<SnapshotOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _places = new(Math.Max(1, options.Value.MaxConcurrentQueries));

    public int RowLimit => options.Value.RowLimit;

    public int TimeoutSeconds => options.Value.QueryTimeoutSeconds;

    /// <summary>Runs <paramref name="sql"/>; throws <see cref="SqlQueryRefused"/> with a reason to show when it may not or cannot run.</summary>
    public async Task<SqlResult> RunAsync(string sql, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sql))
            throw new SqlQueryRefused("Write a query to run.");
        var snapshot = SnapshotFolders.LatestDatabase(SnapshotFolders.Root(warehouse.Value))
            ?? throw new SqlQueryRefused("No snapshot of the warehouse has been published yet; one is published after the next import.");
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(TimeoutSeconds));
        try
        {
            await _places.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SqlQueryRefused($"Too many queries are running; none finished within {TimeoutSeconds} seconds. Try again in a moment.");
        }
        try
        {
            return await Task.Run(() => Run(snapshot, sql, started, timeout.Token, cancellationToken), CancellationToken.None);
        }
        finally
        {
            _places.Release();
        }
    }

    public void Dispose() => _places.Dispose();

    private SqlResult Run(string snapshot, string sql, long started, CancellationToken timeout, CancellationToken caller)
    {
        try
        {
            using var connection = Open(snapshot);
            if (SqlStatementCheck.Refusal(connection, sql) is { } reason)
                throw new SqlQueryRefused(reason);
            using var command = connection.Command(sql);
            using var stop = timeout.Register(command.Cancel);
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(i => new SqlColumn(reader.GetName(i), reader.GetDataTypeName(i).ToUpperInvariant())).ToList();
            var rows = new List<object?[]>();
            var truncated = false;
            while (reader.Read())
            {
                if (rows.Count == RowLimit)
                {
                    truncated = true;
                    break;
                }
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                    row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
                rows.Add(row);
            }
            timeout.ThrowIfCancellationRequested();
            return new SqlResult(columns, rows, truncated, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (timeout.IsCancellationRequested && !caller.IsCancellationRequested && e is DuckDBException or OperationCanceledException)
        {
            throw new SqlQueryRefused($"The query ran for longer than the {TimeoutSeconds}-second limit and was stopped.");
        }
        catch (DuckDBException e)
        {
            throw new SqlQueryRefused(WithoutServerPaths(e.Message, snapshot));
        }
    }

    private DuckDBConnection Open(string snapshot)
    {
        var settings = options.Value;
        var connection = new DuckDBConnection(string.Join(';',
            $"Data Source={snapshot}",
            "access_mode=READ_ONLY",
            "enable_external_access=false",
            "autoinstall_known_extensions=false",
            "autoload_known_extensions=false",
            $"memory_limit={settings.QueryMemoryLimit}",
            $"threads={Math.Max(1, settings.QueryThreads)}",
            "lock_configuration=true"));
        connection.Open();
        return connection;
    }

    /// <summary>DuckDB's message with the data directory's path taken out: a caller learns nothing of the server's folders.</summary>
    private string WithoutServerPaths(string message, string snapshot) =>
        message
            .Replace(snapshot, SnapshotFolders.DatabaseFile, StringComparison.Ordinal)
            .Replace(Path.GetFullPath(warehouse.Value.DataDirectory), "the server", StringComparison.Ordinal);

    /// <summary>A value as JSON and CSV can write it: numbers, text, booleans, dates as ISO text, lists and structs as themselves.</summary>
    private static object? Plain(object? value) => value switch
    {
        null or DBNull => null,
        string or bool or int or long or short or sbyte or byte or ushort or uint or ulong or decimal => value,
        double d => double.IsFinite(d) ? d : d.ToString(CultureInfo.InvariantCulture),
        float f => float.IsFinite(f) ? f : f.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.TimeOfDay == TimeSpan.Zero ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", k => Plain(map[k])),
        byte[] bytes => Convert.ToBase64String(bytes),
        IEnumerable list => list.Cast<object?>().Select(Plain).ToList(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
