using System.Diagnostics;
using BelongingInsights.Warehouse;
using DuckDB.NET.Data;

namespace BelongingInsights.Performance.Peers;

/// <summary>DuckDB's own CSV reader into a bare table in a fresh database file: the floor for loading this CSV.</summary>
internal static class DuckDBPeer
{
    public static TimeSpan ReadCsv(string csvPath, string workDirectory)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(workDirectory, "peer.duckdb")}");
        connection.Open();
        var started = Stopwatch.GetTimestamp();
        connection.Execute(EmbeddedSql.Get("Peers/duckdb_read_csv.sql"), ("path", csvPath));
        return Stopwatch.GetElapsedTime(started);
    }
}
