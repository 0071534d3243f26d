using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Marts;

/// <summary>
/// Rebuilds every mart from the facts by running <c>Marts/**.sql</c> in path order, in one transaction, so readers
/// never see a half-built mart. A <c>*secondary_suppression.sql</c> script runs again until it changes no row.
/// Returns how long each script took, so a slow mart can be found.
/// </summary>
public sealed class MartRefresher(WarehouseDatabase database, IOptions<WarehouseOptions> options, ILogger<MartRefresher> logger)
{
    private const int MaxSuppressionPasses = 20;

    public IReadOnlyList<MartTiming> Refresh()
    {
        var started = TimeProvider.System.GetTimestamp();
        var marts = SqlScripts.Under("Marts").ToList();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var timings = new List<MartTiming>(marts.Count);
        foreach (var mart in marts)
        {
            var martStarted = TimeProvider.System.GetTimestamp();
            var sql = SqlScripts.Get(mart);
            (string, object?)[] parameters = sql.Contains("$suppression_threshold", StringComparison.Ordinal)
                ? [("suppression_threshold", options.Value.SuppressionThreshold)]
                : [];
            var changed = connection.Execute(sql, parameters);
            var repeats = mart.EndsWith("secondary_suppression.sql", StringComparison.Ordinal);
            for (var pass = 1; repeats && changed > 0 && pass < MaxSuppressionPasses; pass++)
                changed = connection.Execute(sql, parameters);
            timings.Add(new MartTiming(mart, TimeProvider.System.GetElapsedTime(martStarted)));
        }
        transaction.Commit();
        Log.MartsRefreshed(logger, marts.Count, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return timings;
    }
}
