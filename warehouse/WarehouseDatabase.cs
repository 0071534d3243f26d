using System.Data.Common;
using BelongingInsights.Warehouse.Access;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse;

/// <summary>
/// Opens connections to the DuckDB warehouse file; this process is the file's only writer. DuckDB.NET shares one
/// native database per file while any connection to it is open, so the first connection is kept open for the
/// database's lifetime: every later connection is then cheap, instead of reopening the file (and replaying its
/// write-ahead log) for each dashboard query.
/// </summary>
public sealed class WarehouseDatabase(IOptions<WarehouseOptions> options, ILogger<WarehouseDatabase> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private DuckDBConnection? _keepAlive;

    public string Path => System.IO.Path.GetFullPath(options.Value.WarehousePath);

    public DuckDBConnection Open()
    {
        lock (_gate)
        {
            if (_keepAlive is null)
            {
                OwnerOnly.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                var creating = !File.Exists(Path);
                _keepAlive = Connect();
                if (creating)
                    OwnerOnly.Restrict(Path);
            }
        }
        return Connect();
    }

    /// <summary>
    /// Folds the write-ahead log into the database file. Called after each load, mart refresh and migration, because
    /// DuckDB can fail to replay a log that holds replaced tables or macros after the process was killed (duckdb#19712,
    /// duckdb#22044), which would leave the warehouse unopenable; an empty log has nothing to replay. It runs after
    /// the work's commit, so it never fails that work: DuckDB refuses a checkpoint while another connection is writing
    /// (an upload being registered), and then the next one folds the log.
    /// </summary>
    public void Checkpoint()
    {
        try
        {
            using var connection = Open();
            connection.Execute(SqlScripts.Get("checkpoint.sql"));
        }
        catch (DuckDBException e)
        {
            Log.CheckpointDeferred(logger, e.Message);
            RecoverIfInvalidated();
        }
    }

    /// <summary>
    /// Whether DuckDB had stopped the database (it does when one of its own writes fails: a full disk, or a checkpoint
    /// out of memory, "must be restarted"); if so, closes the connection kept open, so that once the connections in use
    /// close, the next one opens the file afresh and replays its log, as a restart would. Called after a failed
    /// checkpoint and every few seconds (<see cref="WarehouseRecoveryService"/>), since a connection still open when it
    /// is called can keep the stopped database alive until the next call.
    /// </summary>
    public bool RecoverIfInvalidated()
    {
        try
        {
            using var connection = Open();
            connection.Execute(SqlScripts.Get("alive.sql"));
            return false;
        }
        catch (DuckDBException e) when (e.ErrorType == DuckDBErrorType.Fatal || e.Message.Contains("invalidated", StringComparison.Ordinal))
        {
            lock (_gate)
            {
                _keepAlive?.Dispose();
                _keepAlive = null;
            }
            Log.WarehouseReopened(logger, e.Message);
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _keepAlive?.Dispose();
            _keepAlive = null;
        }
    }

    /// <summary>
    /// A connection held to the configured memory limit, whose freed memory DuckDB's allocator hands back to the
    /// system on background threads: without them it keeps it until its next allocation, so the process stayed as
    /// large as the last marts refresh had made it while the next upload was received.
    /// </summary>
    private DuckDBConnection Connect()
    {
        var limit = options.Value.MemoryLimit;
        var connection = new DuckDBConnection($"Data Source={Path};allocator_background_threads=true{(limit.Length == 0 ? "" : $";memory_limit={limit}")}");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Runs a read-only query that filters to <paramref name="scope"/> in its SQL (through the macros of
    /// <c>Functions/access_scope.sql</c>), binding the scope's parameters beside <paramref name="parameters"/>.
    /// </summary>
    public IReadOnlyList<T> Query<T>(string sql, AccessScope scope, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters) =>
        Query(sql, map, [.. scope.Parameters, .. parameters]);

    /// <summary>Runs a read-only query on a connection of its own and maps each row.</summary>
    public IReadOnlyList<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }
}
