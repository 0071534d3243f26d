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
    /// <summary>Under the data directory: a folder per Parquet download while it is written.</summary>
    private const string ResultsFolder = "sql-results";

    private readonly SemaphoreSlim _places = new(Math.Max(1, options.Value.MaxConcurrentQueries));

    public int RowLimit => options.Value.RowLimit;

    public int TimeoutSeconds => options.Value.QueryTimeoutSeconds;

    /// <summary>Runs <paramref name="sql"/>; throws <see cref="SqlQueryRefused"/> with a reason to show when it may not or cannot run.</summary>
    public Task<SqlResult> RunAsync(string sql, CancellationToken cancellationToken) =>
        InPlaceAsync(sql, cancellationToken, (snapshot, started, timeout) => Run(snapshot, sql, started, timeout, cancellationToken));

    /// <summary>
    /// The rows of <paramref name="sql"/>, up to the row limit, as one Parquet file's bytes, keeping DuckDB's column
    /// types. The sandbox may write only to a folder of its own for this one query, deleted before it answers.
    /// </summary>
    public Task<byte[]> ParquetAsync(string sql, CancellationToken cancellationToken) =>
        InPlaceAsync(sql, cancellationToken, (snapshot, _, timeout) => Parquet(snapshot, sql, timeout, cancellationToken));

    private async Task<T> InPlaceAsync<T>(string sql, CancellationToken cancellationToken, Func<string, long, CancellationToken, T> run)
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
            return await Task.Run(() => run(snapshot, started, timeout.Token), CancellationToken.None);
        }
        finally
        {
            _places.Release();
        }
    }

    public void Dispose() => _places.Dispose();

    private SqlResult Run(string snapshot, string sql, long started, CancellationToken timeout, CancellationToken caller) =>
        Guarded(snapshot, timeout, caller, () =>
        {
            using var connection = Open(snapshot, writableFolder: null);
            Check(connection, sql);
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
        });

    private byte[] Parquet(string snapshot, string sql, CancellationToken timeout, CancellationToken caller)
    {
        var folder = Path.Combine(Path.GetFullPath(warehouse.Value.DataDirectory), ResultsFolder, Guid.NewGuid().ToString("N"));
        OwnerOnly.CreateDirectory(folder);
        try
        {
            return Guarded(snapshot, timeout, caller, () =>
            {
                var file = Path.Combine(folder, "result.parquet");
                using (var connection = Open(snapshot, folder))
                {
                    Check(connection, sql);
                    var copy = connection.Scalar<string>(SqlScripts.Get("Snapshots/result_parquet.sql"), ("sql", sql), ("limit", RowLimit), ("file", file))!;
                    using var command = connection.Command(copy);
                    using var stop = timeout.Register(command.Cancel);
                    command.ExecuteNonQuery();
                }
                timeout.ThrowIfCancellationRequested();
                return File.ReadAllBytes(file);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Check(DuckDBConnection connection, string sql)
    {
        if (SqlStatementCheck.Refusal(connection, sql) is { } reason)
            throw new SqlQueryRefused(reason);
    }

    /// <summary>Runs <paramref name="work"/>, turning DuckDB's failures and the time limit into reasons to show.</summary>
    private T Guarded<T>(string snapshot, CancellationToken timeout, CancellationToken caller, Func<T> work)
    {
        try
        {
            return work();
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

    /// <summary>
    /// The snapshot, read-only, with external access off and the configuration locked; DuckDB may write only inside
    /// <paramref name="writableFolder"/> when one is given (a Parquet download's own folder), which it accepts only
    /// while external access is still on: then the settings are made by statements before the caller's text runs.
    /// </summary>
    private DuckDBConnection Open(string snapshot, string? writableFolder)
    {
        var settings = options.Value;
        string[] locked = writableFolder is null ? ["enable_external_access=false", "lock_configuration=true"] : [];
        var connection = new DuckDBConnection(string.Join(';', [
            $"Data Source={snapshot}",
            "access_mode=READ_ONLY",
            "autoinstall_known_extensions=false",
            "autoload_known_extensions=false",
            $"memory_limit={settings.QueryMemoryLimit}",
            $"threads={Math.Max(1, settings.QueryThreads)}",
            .. locked]));
        connection.Open();
        if (writableFolder is not null)
        {
            foreach (var statement in connection.Strings(SqlScripts.Get("Snapshots/writable_folder.sql"), ("folder", writableFolder)))
                connection.Execute(statement);
        }
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
