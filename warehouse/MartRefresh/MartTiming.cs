namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// How long one mart script took in a refresh (every pass, for a repeated script); a suppression script runs once
/// for each mart whose cells were rebuilt, named in <paramref name="Mart"/>. <paramref name="AcrossSets"/> is the part of
/// a secondary suppression script's time spent in the check across sets and the passes it caused
/// (<see cref="CrossSetProtection"/>).
/// </summary>
public sealed record MartTiming(string Script, string? Mart, TimeSpan Elapsed, TimeSpan AcrossSets = default);
