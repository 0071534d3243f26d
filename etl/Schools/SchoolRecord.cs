namespace BelongingInsights.Etl.Schools;

/// <summary>One school of a school list. School names and trusts are not personal data.</summary>
public sealed record SchoolRecord(int Line, int Urn, int? Laestab, string Name, string Phase, string? Trust, string? LocalAuthority);
