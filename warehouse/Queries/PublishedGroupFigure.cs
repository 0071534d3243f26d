namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One of the DfE's published figures for a pupil group, as pages set it beside the programme's: the area (England or
/// a local authority the caller's schools are in), the group in the warehouse's words, the characteristic as the
/// release names it, the phase and the release.
/// </summary>
public sealed record PublishedGroupFigure(
    string AcademicYear,
    string Area,
    string Group,
    string Characteristic,
    string Phase,
    string Measure,
    double Value,
    string Release)
{
    /// <summary>England's own figure rather than a local authority's.</summary>
    public bool IsEngland => Area == "England";

    /// <summary>Whether the figure is a rate per 100 pupils (exclusions) rather than a percentage of sessions.</summary>
    public bool IsPer100 => Measure.Contains("per 100", StringComparison.Ordinal);
}
