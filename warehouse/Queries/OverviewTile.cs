namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One headline measure at one period (its first or its latest, <see cref="Latest"/>): the figure across the schools
/// kept (null when every school's figure is suppressed) with its 95% interval (<see cref="Low"/> to <see cref="High"/>),
/// how many pupils or respondents it covers, and how many schools were left out as suppressed. When the figure is the
/// view's own aggregate row and that row is hidden, <see cref="SuppressionReason"/> says why (null otherwise). The
/// latest row of a measure with an earlier period carries the change from the first and its 95% interval.
/// <see cref="WholeView"/>: the figure is the view's own aggregate row (all schools, or one trust), covering every
/// school of it, small ones included; otherwise it is weighted across the schools' own rows.
/// </summary>
public sealed record OverviewTile(
    string Measure,
    string Period,
    bool Latest,
    double? Value,
    int? N,
    int SuppressedSchools,
    SuppressionReason? SuppressionReason,
    bool WholeView = false,
    double? Low = null,
    double? High = null,
    double? Change = null,
    double? ChangeLow = null,
    double? ChangeHigh = null)
{
    /// <summary>Whether the change's interval leaves out no change at all, so chance alone is an unlikely explanation.</summary>
    public bool ChangeBeyondChance => ChangeLow > 0 || ChangeHigh < 0;
}
