using BelongingInsights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BelongingInsights.Performance.Suppression;

/// <summary>
/// Prints what suppression hides in every mart (<see cref="SuppressionLoss"/>) and, when asked, the audit of what it
/// publishes (<see cref="SuppressionAudit"/>): its linear programs grow with the hidden cells linked to each other, so it
/// is asked for (<c>--audit</c>), not run on every scale.
/// </summary>
public static class SuppressionReport
{
    public static void Write(IServiceProvider services, TextWriter progress, bool audit)
    {
        var threshold = services.GetRequiredService<IOptions<WarehouseOptions>>().Value.SuppressionThreshold;
        using var connection = services.GetRequiredService<WarehouseDatabase>().Open();
        progress.WriteLine($"Suppression: information lost (threshold {threshold})");
        progress.WriteLine(SuppressionLoss.Header);
        foreach (var loss in SuppressionLoss.Of(connection, threshold))
            progress.WriteLine(loss.ToString());
        if (!audit)
            return;
        progress.WriteLine("Suppression audit (GLOP, per component of hidden cells)");
        progress.WriteLine("| mart | cells | hidden | small | components | linear programs | exposed | time |");
        var audits = SuppressionAudit.Run(connection, threshold);
        foreach (var mart in audits)
            progress.WriteLine(mart.ToString());
        foreach (var exposed in audits.SelectMany(a => a.Exposed).Take(20))
            progress.WriteLine($"  exposed: {exposed}");
    }
}
