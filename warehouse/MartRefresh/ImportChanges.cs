using System.Collections.Concurrent;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// The tables one import changes that a mart script reads, recorded inside its transaction for the next mart
/// refresh: every such table its loader's scripts write (the <c>.sql</c> of the loader's slice folder, named as its
/// namespace), except a <c>dim_</c> table whose content the import left as it was, so a file that only meets known
/// schools does not rebuild the marts of every other export kind. Tables no mart reads (the session marks, the
/// pupil hashes) are neither fingerprinted nor recorded.
/// </summary>
public sealed class ImportChanges
{
    private static readonly ConcurrentDictionary<Type, string[]> WrittenByLoader = new();
    private static readonly Lazy<HashSet<string>> ReadByMarts = new(() =>
        MartScript.All.SelectMany(script => script.Reads).ToHashSet(StringComparer.Ordinal));

    private readonly string[] _written;
    private readonly Dictionary<string, string> _dimensionsBefore;

    private ImportChanges(string[] written, Dictionary<string, string> dimensionsBefore)
    {
        _written = written;
        _dimensionsBefore = dimensionsBefore;
    }

    /// <summary>Notes the fingerprint of each dimension the loader may write, before it stages anything.</summary>
    public static ImportChanges Before(DuckDBConnection connection, IExportKindLoader loader)
    {
        var written = WrittenByLoader.GetOrAdd(loader.GetType(), Written);
        return new ImportChanges(written, written.Where(IsDimension).ToDictionary(t => t, t => TableFingerprint.Of(connection, t)));
    }

    /// <summary>Records the tables the import changed, once it has promoted its rows.</summary>
    public void Record(DuckDBConnection connection, Guid importId)
    {
        foreach (var table in _written)
        {
            if (IsDimension(table) && TableFingerprint.Of(connection, table) == _dimensionsBefore[table])
                continue;
            connection.Execute(SqlScripts.Get("MartRefresh/record_stale.sql"), ("import_id", importId), ("table_name", table));
        }
    }

    private static string[] Written(Type loader)
    {
        return [.. SqlScripts.Under(SqlFolderOf(loader))
            .SelectMany(script => SqlTables.Writes(SqlScripts.Get(script)))
            .Where(ReadByMarts.Value.Contains)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A loader's SQL folder: the last part of its namespace (<c>BelongingInsights.Warehouse.Attendance</c> gives <c>Attendance</c>).</summary>
    public static string SqlFolderOf(Type loader) => loader.Namespace![(loader.Namespace!.LastIndexOf('.') + 1)..];

    private static bool IsDimension(string table) => table.StartsWith("dim_", StringComparison.Ordinal);
}
