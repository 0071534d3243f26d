using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Warehouse.Marts;

/// <summary>Rebuilds every mart (<c>Marts/*.sql</c>) from the facts in one transaction, so readers never see a half-built mart.</summary>
public sealed class MartRefresher(WarehouseDatabase database, IOptions<WarehouseOptions> options, ILogger<MartRefresher> logger)
{
    public void Refresh()
    {
        var started = TimeProvider.System.GetTimestamp();
        var marts = SqlScripts.Under("Marts").ToList();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var mart in marts)
            connection.Execute(SqlScripts.Get(mart), ("suppression_threshold", options.Value.SuppressionThreshold));
        transaction.Commit();
        Log.MartsRefreshed(logger, marts.Count, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
