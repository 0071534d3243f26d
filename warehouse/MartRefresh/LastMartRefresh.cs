namespace BelongingInsights.Warehouse.MartRefresh;

/// <summary>
/// Why the last mart refresh stopped (<see cref="MartsNotRefreshedException"/>), until one finishes: what <c>/healthz</c>
/// reports, so an administrator sees that the pages show older figures. Kept in memory; a restart forgets it, and the
/// next refresh finds out again.
/// </summary>
public sealed class LastMartRefresh
{
    private volatile string? _failure;

    /// <summary>The failed refresh's message, or null when the last refresh finished.</summary>
    public string? Failure => _failure;

    internal void Failed(string message) => _failure = message;

    internal void Finished() => _failure = null;
}
