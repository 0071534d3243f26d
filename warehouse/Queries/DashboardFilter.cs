namespace BelongingInsights.Warehouse.Queries;

/// <summary>The filters of the dashboard's filter bar, one bit each, so a query can say which of them it honours.</summary>
[Flags]
public enum FilterFields
{
    None = 0,
    Trust = 1,
    School = 2,
    Phase = 4,
    Year = 8,
    Term = 16,
    Wave = 32,
    Group = 64,
}

/// <summary>
/// What the dashboard's filter bar has chosen (null = all): a trust, a school by URN, a phase ('Primary'), an academic
/// year ('2024/25'), a term ('Autumn'), a survey wave and a pupil grouping ('SEND'). Queries apply it in their SQL
/// beside the caller's scope, through <see cref="Parameters"/> and the macro <c>row_in_filter</c> of
/// <c>Functions/dashboard_filter.sql</c>; the grouping is a query's own <c>$grouping</c> parameter.
/// </summary>
public sealed record DashboardFilter(string? Trust, int? School, string? Phase, string? Year, string? Term, string? Wave, string? Group)
{
    public static DashboardFilter None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The filters chosen, as flags.</summary>
    public FilterFields Chosen =>
        (Trust is null ? 0 : FilterFields.Trust) | (School is null ? 0 : FilterFields.School) | (Phase is null ? 0 : FilterFields.Phase)
        | (Year is null ? 0 : FilterFields.Year) | (Term is null ? 0 : FilterFields.Term) | (Wave is null ? 0 : FilterFields.Wave)
        | (Group is null ? 0 : FilterFields.Group);

    /// <summary>
    /// The SQL parameters <c>$filter_trust</c>, <c>$filter_school</c>, <c>$filter_phase</c>, <c>$filter_year</c>,
    /// <c>$filter_term</c> and <c>$filter_wave</c> that <c>row_in_filter</c> takes; a filter the query does not
    /// honour is bound as null (all), so it is ignored there rather than emptying the query.
    /// </summary>
    public (string Name, object? Value)[] Parameters(FilterFields honoured) =>
    [
        ("filter_trust", honoured.HasFlag(FilterFields.Trust) ? Trust : null),
        ("filter_school", honoured.HasFlag(FilterFields.School) ? School : null),
        ("filter_phase", honoured.HasFlag(FilterFields.Phase) ? Phase : null),
        ("filter_year", honoured.HasFlag(FilterFields.Year) ? Year : null),
        ("filter_term", honoured.HasFlag(FilterFields.Term) ? Term : null),
        ("filter_wave", honoured.HasFlag(FilterFields.Wave) ? Wave : null),
    ];
}
