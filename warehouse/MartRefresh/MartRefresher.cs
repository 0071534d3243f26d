using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// Brings the marts up to date by running the <see cref="MartScript.All"/> in stage order. Each work, cells and
/// suppression script commits on its own and is checkpointed, so DuckDB writes what it built to the file and frees it,
/// where one transaction held every uncommitted table in memory or in temporary files until the end
/// (docs/performance.md), and a process killed mid-refresh leaves no replaced table in the log (see
/// <see cref="WarehouseDatabase.Checkpoint"/>); the
/// <c>4_marts</c> scripts, the only tables readers read, run in one transaction, so readers never see a half-built
/// mart. A refresh that stops part way leaves the marts as they were and the next one rebuilds them all
/// (<c>refresh_started.sql</c>). <see cref="Refresh"/> runs only the scripts that read a table changed since the last
/// refresh — the tables imports recorded (<see cref="ImportChanges"/>), then whatever the scripts it runs write — so
/// a marks upload does not rebuild the survey marts. Every script runs when the mart, function or migration scripts
/// or the suppression threshold differ from the last refresh's, and always with <see cref="RebuildAll"/>. A
/// <c>3_suppression</c> script runs once for each mart whose cells this refresh rebuilt, so a marks upload does not
/// redo the survey marts' suppression. A <c>1_work</c> table rebuilt with the same rows as before is not taken as
/// changed, so what is built from it alone is left as it is (a marks upload for pupils the census already placed on
/// roll does not rebuild the leavers' marts). The shared <c>work_suppression_*</c> tables are never taken as changed, since a
/// mart's suppressed cells change only with its own <c>work_&lt;mart&gt;_cell</c> table. Returns how long each script that ran took, so a slow mart can be found.
/// A refresh that runs out of disk space or memory throws <see cref="MartsNotRefreshedException"/>, saying so, with the
/// marts as they were and the warehouse opened afresh if DuckDB stopped it; <see cref="LastMartRefresh"/> keeps why.
/// </summary>
public sealed class MartRefresher(WarehouseDatabase database, LastMartRefresh last, IOptions<WarehouseOptions> options, ILogger<MartRefresher> logger)
{
    private const int MaxSuppressionPasses = 100;
    private const int MaxCrossSetRounds = 100;
    private const string SuppressionTables = "work_suppression_";

    public IReadOnlyList<MartTiming> Refresh() => Run(rebuildAll: false);

    public IReadOnlyList<MartTiming> RebuildAll() => Run(rebuildAll: true);

    private List<MartTiming> Run(bool rebuildAll)
    {
        var started = TimeProvider.System.GetTimestamp();
        var marts = MartScript.All;
        List<MartTiming> timings;
        try
        {
            timings = RunScripts(marts, rebuildAll);
        }
        catch (Exception exception) when (DuckDBFailures.IsDiskFull(exception) || DuckDBFailures.IsOutOfMemory(exception))
        {
            database.RecoverIfInvalidated();
            var message = DuckDBFailures.IsDiskFull(exception) ? LogDiskFilled() : LogOutOfMemory();
            last.Failed(message);
            throw new MartsNotRefreshedException(message, exception);
        }
        database.Checkpoint();
        last.Finished();
        Log.MartsRefreshed(logger, timings.DistinctBy(t => t.Script).Count(), marts.Count, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return timings;
    }

    /// <summary>
    /// Runs the scripts that need to run; the connection is closed when it returns or throws, so that a database DuckDB
    /// stopped can be opened afresh (<see cref="WarehouseDatabase.RecoverIfInvalidated"/>).
    /// </summary>
    private List<MartTiming> RunScripts(IReadOnlyList<MartScript> marts, bool rebuildAll)
    {
        var signature = Signature(marts);
        using var connection = database.Open();
        var changed = Start(connection, rebuildAll, signature);
        var timings = new List<MartTiming>(marts.Count);
        var rebuiltCells = new List<string>();
        foreach (var script in marts.Where(s => s.Stage != MartStage.Mart))
        {
            if (!Runs(script, changed, rebuiltCells))
                continue;
            using (var transaction = connection.BeginTransaction())
            {
                RunStep(connection, script, changed, rebuiltCells, timings);
                transaction.Commit();
            }
            database.Checkpoint();
        }
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var script in marts.Where(s => s.Stage == MartStage.Mart && Runs(s, changed, rebuiltCells)))
                RunStep(connection, script, changed, rebuiltCells, timings);
            connection.Execute(SqlScripts.Get("MartRefresh/refreshed.sql"), ("signature", signature), ("refreshed_at", DateTime.UtcNow));
            transaction.Commit();
        }
        return timings;
    }

    /// <summary>
    /// Logs that the disk filled during a refresh and returns what an administrator reads: DuckDB rolled back the step it
    /// was writing, so the marts are as before (work tables committed before it are rebuilt by the next refresh,
    /// <c>refresh_started.sql</c>).
    /// </summary>
    private string LogDiskFilled()
    {
        var free = new DriveInfo(Path.GetFullPath(options.Value.DataDirectory)).AvailableFreeSpace / (1024 * 1024);
        Log.MartsNotRefreshedDiskFull(logger, free);
        return string.Create(CultureInfo.InvariantCulture,
            $"The server's disk filled up while the marts were being refreshed (it has {free:N0} MB free now), so the pages still show the figures of the last refresh that finished; no data was lost. An administrator can free space on the data directory's disk (old backups or snapshots) or enlarge it; the next refresh then brings the marts up to date.");
    }

    /// <summary>Logs that a refresh ran out of DuckDB's memory limit and returns what an administrator reads.</summary>
    private string LogOutOfMemory()
    {
        Log.MartsNotRefreshedOutOfMemory(logger, options.Value.MemoryLimit);
        return $"The marts needed more memory than the warehouse may use (the Warehouse:MemoryLimit setting, {options.Value.MemoryLimit}) while they were being refreshed, so the pages still show the figures of the last refresh that finished; no data was lost. An administrator can raise the setting; the next refresh then brings the marts up to date.";
    }

    /// <summary>
    /// The tables changed since the last refresh (null: rebuild every mart), read in a transaction that also forgets
    /// them and the last refresh's signature (<c>refresh_started.sql</c>).
    /// </summary>
    private static HashSet<string>? Start(DuckDBConnection connection, bool rebuildAll, string signature)
    {
        using var transaction = connection.BeginTransaction();
        var changed = rebuildAll || connection.Scalar<string>(SqlScripts.Get("MartRefresh/signature.sql")) != signature
            ? null
            : StaleTables(connection);
        connection.Execute(SqlScripts.Get("MartRefresh/refresh_started.sql"));
        transaction.Commit();
        return changed;
    }

    /// <summary>
    /// Whether a script runs: always when every mart is rebuilt (<paramref name="changed"/> null), a suppression script
    /// when this refresh rebuilt a mart's cells, any other when it reads a changed table.
    /// </summary>
    private static bool Runs(MartScript script, HashSet<string>? changed, List<string> rebuiltCells) =>
        changed is null || (script.Stage == MartStage.Suppression ? rebuiltCells.Count > 0 : script.Reads.Overlaps(changed));

    /// <summary>
    /// Runs one script, once for each mart in <paramref name="rebuiltCells"/> for a suppression script, then adds what
    /// it changed to <paramref name="changed"/>.
    /// </summary>
    private void RunStep(DuckDBConnection connection, MartScript script, HashSet<string>? changed, List<string> rebuiltCells, List<MartTiming> timings)
    {
        if (script.CellsOf is { } cells)
            rebuiltCells.Add(cells);
        var written = script.Writes.Where(table => !table.StartsWith(SuppressionTables, StringComparison.Ordinal)).ToList();
        var before = changed is not null && script.Stage == MartStage.Work
            ? written.ToDictionary(table => table, table => TableFingerprint.Of(connection, table))
            : [];
        if (script.Stage == MartStage.Suppression)
            timings.AddRange(rebuiltCells.Select(cells => RunScript(connection, script, cells)));
        else
            timings.Add(RunScript(connection, script, cellsMart: null));
        changed?.UnionWith(written.Where(table => !before.TryGetValue(table, out var fingerprint) || TableFingerprint.Of(connection, table) != fingerprint));
    }

    /// <summary>
    /// Runs a script once, or for one mart's suppression cells (<c>$mart</c>); a <c>*secondary_suppression.sql</c>
    /// script runs again until it changes no row, then the mart's small cells are checked across its sets
    /// (<see cref="CrossSetProtection"/>): while the check hides a complement, the script settles again.
    /// </summary>
    private MartTiming RunScript(DuckDBConnection connection, MartScript script, string? cellsMart)
    {
        var sql = script.Sql;
        var started = TimeProvider.System.GetTimestamp();
        var parameters = new List<(string, object?)>();
        if (sql.Contains("$suppression_threshold", StringComparison.Ordinal))
            parameters.Add(("suppression_threshold", options.Value.SuppressionThreshold));
        if (cellsMart is not null)
            parameters.Add(("mart", cellsMart));
        var acrossSets = TimeSpan.Zero;
        try
        {
            Settle(connection, script, cellsMart, [.. parameters]);
            if (script.RepeatsUntilUnchanged && cellsMart is not null)
            {
                var checkStarted = TimeProvider.System.GetTimestamp();
                var protection = new CrossSetProtection(connection, cellsMart, options.Value.SuppressionThreshold);
                for (var round = 1; protection.HideComplements() > 0; round++)
                {
                    if (round == MaxCrossSetRounds)
                        throw new InvalidOperationException($"The check across sets for {cellsMart} still hid cells after {MaxCrossSetRounds} rounds; the marts were left as they were.");
                    Settle(connection, script, cellsMart, [.. parameters]);
                }
                acrossSets = TimeProvider.System.GetElapsedTime(checkStarted);
            }
        }
        catch (DuckDBException e)
        {
            throw new InvalidOperationException($"{script.Path}{(cellsMart is null ? "" : $" for {cellsMart}")} failed; the marts were left as they were: {e.Message}", e);
        }
        return new MartTiming(script.Path, cellsMart, TimeProvider.System.GetElapsedTime(started), acrossSets);
    }

    /// <summary>Runs a script once, or until it changes no row if it repeats.</summary>
    private static void Settle(DuckDBConnection connection, MartScript script, string? cellsMart, (string, object?)[] parameters)
    {
        var rows = connection.Execute(script.Sql, parameters);
        for (var pass = 1; script.RepeatsUntilUnchanged && rows > 0; pass++)
        {
            if (pass == MaxSuppressionPasses)
                throw new InvalidOperationException($"{script.Path} for {cellsMart} still hid cells after {MaxSuppressionPasses} passes; the marts were left as they were.");
            rows = connection.Execute(script.Sql, parameters);
        }
    }

    private static HashSet<string> StaleTables(DuckDBConnection connection)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.Command(SqlScripts.Get("MartRefresh/stale_tables.sql"));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>What the marts are built from besides the data: every mart, cross-set check, function and migration script, and the threshold.</summary>
    private string Signature(IEnumerable<MartScript> marts)
    {
        var text = new StringBuilder(options.Value.SuppressionThreshold.ToString(CultureInfo.InvariantCulture));
        foreach (var script in marts.Select(m => m.Path).Concat(SqlScripts.Under("MartRefresh/CrossSet")).Concat(SqlScripts.Under("Functions")).Concat(SqlScripts.Under("Migrations")))
            text.Append('\n').Append(script).Append('\n').Append(SqlScripts.Get(script));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
