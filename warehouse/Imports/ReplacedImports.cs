using BelongingInsights.Warehouse.MartRefresh;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Imports;

/// <summary>
/// Which earlier imports a load replaced rows of (a corrected export for the same school and period), found by counting
/// each import's rows in the fact tables the kind's <c>undo.sql</c> empties, before and after the load, and recorded in
/// <c>ops_import_replaced</c> inside the import's transaction, so undoing it can bring them back.
/// </summary>
public sealed class ReplacedImports
{
    private readonly string[] _tables;
    private readonly Dictionary<(string Table, Guid Import), long> _before;

    private ReplacedImports(string[] tables, Dictionary<(string Table, Guid Import), long> before)
    {
        _tables = tables;
        _before = before;
    }

    /// <summary>
    /// Counts each import's rows in the tables the kind's <c>undo.sql</c> takes rows out of by import (those with an
    /// <c>import_id</c>: not a dimension it only updates); none for a kind that cannot be undone.
    /// </summary>
    public static ReplacedImports Before(DuckDBConnection connection, ExportKindSlice slice)
    {
        string[] tables = slice.UndoScript is { } undo
            ? [.. SqlTables.Writes(SqlScripts.Get(undo)).Intersect(connection.Strings(SqlScripts.Get("Imports/tables_by_import.sql")), StringComparer.Ordinal)]
            : [];
        return new ReplacedImports(tables, Count(connection, tables));
    }

    /// <summary>Records the imports that hold fewer rows than before the load of <paramref name="importId"/>.</summary>
    public void Record(DuckDBConnection connection, Guid importId)
    {
        var after = Count(connection, _tables);
        var replaced = _before
            .Where(before => before.Key.Import != importId && after.GetValueOrDefault(before.Key) < before.Value)
            .Select(before => before.Key.Import)
            .Distinct();
        foreach (var earlier in replaced)
            connection.Execute(SqlScripts.Get("Imports/record_replaced.sql"), ("import_id", importId), ("replaced_import_id", earlier));
    }

    private static Dictionary<(string Table, Guid Import), long> Count(DuckDBConnection connection, string[] tables)
    {
        var counts = new Dictionary<(string Table, Guid Import), long>();
        foreach (var table in tables)
        {
            using var command = connection.Command(SqlScripts.Get("Imports/rows_by_import.sql"), ("table_name", table));
            using var reader = command.ExecuteReader();
            while (reader.Read())
                counts[(table, reader.GetGuid(0))] = reader.GetInt64(1);
        }
        return counts;
    }
}
