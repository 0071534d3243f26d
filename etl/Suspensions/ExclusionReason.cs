namespace BelongingInsights.Etl.Suspensions;

/// <summary>
/// One reason of a suspension as exported (<see cref="Raw"/>: a code or a known description; null when the text
/// was not recognised and may be free text) and the DfE reason code it counts as.
/// </summary>
public sealed record ExclusionReason(string? Raw, string DfeCode);
