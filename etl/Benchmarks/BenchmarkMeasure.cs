namespace BelongingInsights.Etl.Benchmarks;

/// <summary>One published figure of a benchmark row, with the value recomputed from the row's own counts where that is possible.</summary>
public sealed record BenchmarkMeasure(string Name, double? Value, string Status, double? Recomputed);
