namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One survey item's percentage positive at baseline (the first wave) and endline (the last) for one respondent
/// group, with the pooled two-proportion z-test; figures are null when either wave is suppressed.
/// </summary>
public sealed record ItemChange(
    int ItemOrder,
    string Item,
    string Group,
    string BaselineWave,
    string EndlineWave,
    bool Suppressed,
    int? BaselineRespondents,
    double? BaselinePositivePct,
    int? EndlineRespondents,
    double? EndlinePositivePct,
    double? ChangePoints,
    double? Z,
    double? PValue,
    bool? Significant);
