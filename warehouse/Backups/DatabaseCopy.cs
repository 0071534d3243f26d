using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Backups;

/// <summary>
/// A consistent copy of an open DuckDB database into a new file, taken while its process goes on writing: one
/// <c>COPY FROM DATABASE</c>, one transaction.
/// </summary>
public static class DatabaseCopy
{
    public static void CopyTo(DuckDBConnection connection, string path)
    {
        foreach (var statement in connection.Strings(SqlScripts.Get("Backups/copy_statements.sql"), ("path", Path.GetFullPath(path))))
            connection.Execute(statement);
        OwnerOnly.Restrict(path);
    }
}
