namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One of a school's headline measures at one period (a survey wave or an academic year): its figure and n, both null
/// when <see cref="Suppressed"/>; a figure null but not suppressed has no denominator.
/// </summary>
public sealed record SchoolHeadline(string Measure, string Period, double? Value, int? N, bool Suppressed);
