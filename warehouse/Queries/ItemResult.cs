namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One survey item in one wave for one respondent group: positive, negative and unanswered add up to 100; every figure is
/// null when the group is suppressed, and <see cref="Reason"/> says why. <see cref="ReverseCoded"/>: agreeing is the
/// negative answer.
/// </summary>
public sealed record ItemResult(
    int ItemOrder,
    string Item,
    bool ReverseCoded,
    string Wave,
    string Group,
    bool Suppressed,
    int? Respondents,
    double? PositivePct,
    double? PositiveLow,
    double? PositiveHigh,
    double? NegativePct,
    double? UnansweredPct,
    SuppressionReason? Reason = null);
