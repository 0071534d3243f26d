namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One school as its page heads it: its name, trust (null for a maintained school), phase in words, local authority
/// (its name where a loaded DfE release gives one), and pupils on roll in <see cref="RollYear"/> (null when suppressed,
/// or with <see cref="RollYear"/> null when no roll is loaded).
/// </summary>
public sealed record SchoolProfile(int Urn, string Name, string? Trust, string Phase, string? LocalAuthority, string? RollYear, int? OnRoll);
