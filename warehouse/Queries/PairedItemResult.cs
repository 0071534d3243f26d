namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One item for the linked pupils who answered both baseline and endline: percentage positive at each, how many
/// became not positive and how many became positive, and McNemar's p-value; figures null when suppressed.
/// </summary>
public sealed record PairedItemResult(
    int ItemOrder,
    string Item,
    bool Suppressed,
    int? Pairs,
    double? BaselinePositivePct,
    double? EndlinePositivePct,
    int? BecameNotPositive,
    int? BecamePositive,
    double? PValue,
    bool? Significant);
