namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Respondents at baseline and endline in one school (or <c>All schools</c>), how many were linked pupils, how many
/// linked pupils answered both and the share of linked baseline pupils retained; figures null when suppressed.
/// </summary>
public sealed record SurveyAttrition(
    string School,
    string BaselineWave,
    string EndlineWave,
    bool Suppressed,
    int? BaselineRespondents,
    int? BaselineLinked,
    int? EndlineRespondents,
    int? EndlineLinked,
    int? InBoth,
    double? RetainedPct);
