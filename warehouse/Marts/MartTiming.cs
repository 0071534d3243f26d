namespace BelongingInsights.Warehouse.Marts;

/// <summary>How long one mart script took in a refresh (every pass, for a repeated script).</summary>
public sealed record MartTiming(string Script, TimeSpan Elapsed);
