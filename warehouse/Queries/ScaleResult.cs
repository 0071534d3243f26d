namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// An instrument's scale score in one wave for one respondent group: mean (1 to 4) with its 95% interval, SD and
/// Cronbach's alpha (over the respondents who answered every item); figures are null when the group is suppressed, and <see cref="Reason"/> says why.
/// </summary>
public sealed record ScaleResult(
    string Wave,
    string Group,
    bool Suppressed,
    int? Respondents,
    double? MeanScore,
    double? MeanLow,
    double? MeanHigh,
    double? SdScore,
    double? Alpha,
    int? AlphaRespondents,
    SuppressionReason? Reason = null);
