namespace BelongingInsights.Etl.Benchmarks;

/// <summary>A published percentage that can be recomputed from the same row: numerator over denominator, times 100.</summary>
public sealed record RateRule(string Rate, string Numerator, string Denominator);
