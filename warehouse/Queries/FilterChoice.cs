namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One choice of the dashboard's filter bar: its field ('trust', 'school', 'phase', 'year', 'term' or 'wave'), the value
/// the URL carries, the label shown, and for a school its trust and phase.
/// </summary>
public sealed record FilterChoice(string Field, string Value, string Label, string? Trust, string? Phase);
