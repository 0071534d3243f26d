namespace BelongingInsights.Warehouse.Queries;

/// <summary>One survey item in one wave for one respondent group; percentages are null when the group is suppressed, and <see cref="Reason"/> says why.</summary>
public sealed record ItemResult(
    int ItemOrder,
    string Item,
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
