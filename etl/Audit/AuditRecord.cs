namespace BelongingInsights.Etl.Audit;

/// <summary>One rated item of a school's 360 audit in one round. The evidence and action describe the school, not a pupil.</summary>
public sealed record AuditRecord(
    int Line,
    int SchoolUrn,
    string Round,
    int AreaOrder,
    string Area,
    string ItemCode,
    string ItemText,
    string Rating,
    int Score,
    string? Evidence,
    string? Action);
