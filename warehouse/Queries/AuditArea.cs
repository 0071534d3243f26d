namespace BelongingInsights.Warehouse.Queries;

/// <summary>One area of one school's 360 audit in one round: how many items were rated fully, partially and not yet met.</summary>
public sealed record AuditArea(
    int Urn,
    string SchoolName,
    string Round,
    int AreaOrder,
    string Area,
    int ItemsRated,
    int FullyMet,
    int PartiallyMet,
    int NotYetMet,
    double FullyMetPct);
