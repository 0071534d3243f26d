using BelongingInsights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Performance.Suppression;

/// <summary>Prints what suppression hides in every mart (<see cref="SuppressionLoss"/>) and the audit of what it publishes (<see cref="SuppressionAudit"/>).</summary>
public static class SuppressionReport
{
    public static void Write(IServiceProvider services, TextWriter progress)
    {
        var threshold = services.GetRequiredService<IOptions<WarehouseOptions>>().Value.SuppressionThreshold;
        using var connection = services.GetRequiredService<WarehouseDatabase>().Open();
        progress.WriteLine($"Suppression: information lost (threshold {threshold})");
        progress.WriteLine(SuppressionLoss.Header);
        foreach (var loss in SuppressionLoss.Of(connection, threshold))
            progress.WriteLine(loss.ToString());
        progress.WriteLine("Suppression audit (GLOP, per component of hidden cells)");
        progress.WriteLine("| mart | cells | hidden | small | components | linear programs | exposed | time |");
        var audits = SuppressionAudit.Run(connection, threshold);
        foreach (var audit in audits)
            progress.WriteLine(audit.ToString());
        foreach (var exposed in audits.SelectMany(a => a.Exposed).Take(20))
            progress.WriteLine($"  exposed: {exposed}");
    }
}
