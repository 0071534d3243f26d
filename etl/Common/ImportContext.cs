namespace BelongingInsights.Etl.Common;

/// <summary>
/// What a reader needs beyond the file: its display name, choices made at upload, the day it was received
/// (the default effective date of a snapshot), and the pseudonymiser.
/// </summary>
public sealed record ImportContext(string FileName, int? SchoolUrn, Pseudonymiser Pseudonymiser)
{
    public DateOnly ReceivedOn { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The survey wave chosen at upload, for survey and audit files without a wave column.</summary>
    public string? Wave { get; init; }

    /// <summary>The period chosen at upload (the <c>period</c> field), for summaries whose rows and title rows do not say.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>The schools the sender may load and the school lists loaded so far; null when every URN is welcome.</summary>
    public SchoolRegister? Schools { get; init; }

    /// <summary>Whether a loader may take the file in bulk; false when a bulk read met a problem and the file is read again row by row.</summary>
    public bool AllowBulk { get; init; } = true;
}
