namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One of England's published figures for a pupil group (DfE), as the groups page sets it beside the programme's:
/// the group in the warehouse's words, the characteristic as the release names it, the phase and the release.
/// </summary>
public sealed record EnglandGroupFigure(
    string AcademicYear,
    string Group,
    string Characteristic,
    string Phase,
    string Measure,
    double Value,
    string Release);
