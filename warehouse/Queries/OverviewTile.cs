namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One headline measure at one period (its first or its latest, <see cref="Latest"/>): the figure across the schools
/// kept (null when every school's figure is suppressed), how many pupils or respondents it covers, and how many
/// schools were left out as suppressed.
/// </summary>
public sealed record OverviewTile(string Measure, string Period, bool Latest, double? Value, int? N, int SuppressedSchools);
