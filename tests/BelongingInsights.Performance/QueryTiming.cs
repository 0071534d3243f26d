namespace BelongingInsights.Performance;

/// <summary>One dashboard query's latency over <see cref="PerformanceScale.QueryRuns"/> runs, in milliseconds, and the rows it returned.</summary>
public sealed record QueryTiming(string Page, string Query, int Rows, double P50Milliseconds, double P95Milliseconds);
