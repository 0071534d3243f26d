using System.Diagnostics;
using BelongingInsights.TestSupport;

namespace BelongingInsights.Performance.Peers;

/// <summary>
/// PostgreSQL's <c>COPY</c> of the same CSV into a bare table, in a throwaway cluster from the machine's server
/// binaries (<see cref="LocalPostgresCluster"/>) that keeps PostgreSQL's default durability, as a server would.
/// </summary>
internal static class PostgresPeer
{
    public static TimeSpan Copy(string csvPath) => CopyAsync(csvPath).GetAwaiter().GetResult();

    private static async Task<TimeSpan> CopyAsync(string csvPath)
    {
        await using var cluster = await LocalPostgresCluster.StartAsync(durable: true);
        await cluster.PsqlAsync(EmbeddedSql.Get("Peers/postgres_create.sql"));
        var started = Stopwatch.GetTimestamp();
        await cluster.PsqlAsync(EmbeddedSql.Get("Peers/postgres_copy.sql"), "path=" + csvPath);
        return Stopwatch.GetElapsedTime(started);
    }
}
