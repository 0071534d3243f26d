namespace BelongingInsights.Etl.Common;

/// <summary>What a reader needs beyond the file: its display name, choices made at upload, and the pseudonymiser.</summary>
public sealed record ImportContext(string FileName, int? SchoolUrn, Pseudonymiser Pseudonymiser);
