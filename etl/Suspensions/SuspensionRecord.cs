namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// One suspension or permanent exclusion of one pupil at one school, already pseudonymised. Sessions are half
/// days; null for a permanent exclusion exported without a length. Up to three reasons, in the order exported.
/// </summary>
public sealed record SuspensionRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    DateOnly StartDate,
    string Category,
    int? Sessions,
    IReadOnlyList<ExclusionReason> Reasons);
