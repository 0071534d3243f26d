namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Scale score change for the linked pupils with a score at both baseline and endline in one school (or
/// <c>All schools</c>): means, mean difference, SD of the differences and Cohen's d_z; figures null when suppressed.
/// </summary>
public sealed record PairedScaleResult(
    string School,
    bool Suppressed,
    int? Pairs,
    double? BaselineMean,
    double? EndlineMean,
    double? MeanDifference,
    double? SdDifference,
    double? EffectSize);
