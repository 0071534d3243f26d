using System.Globalization;

namespace BelongingInsights.Performance.Suppression;

/// <summary>One mart's audit: its cells, hidden cells and small ones, the components solved, the linear programs run, and each small cell the published figures give away.</summary>
public sealed record AuditResult(string Mart, int Cells, int Hidden, int Small, int Components, int Programs, IReadOnlyList<string> Exposed, TimeSpan Elapsed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Mart} | {Cells:N0} | {Hidden:N0} | {Small:N0} | {Components:N0} | {Programs:N0} | {Exposed.Count:N0} | {Elapsed.TotalSeconds:0.0} s |");
}
