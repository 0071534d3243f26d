namespace BelongingInsights.Warehouse.Queries;

/// <summary>A school as <c>dim_school</c> knows it: its URN, name and trust (null when it is in none).</summary>
public sealed record SchoolChoice(int Urn, string Name, string? Trust);
