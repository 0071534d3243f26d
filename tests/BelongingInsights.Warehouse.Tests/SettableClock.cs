namespace BelongingInsights.Warehouse.Tests;

/// <summary>A clock the test moves on by hand, from a whole second (the ledger keeps microseconds).</summary>
internal sealed class SettableClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
