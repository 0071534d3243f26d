namespace BelongingInsights.Warehouse.Tests;

public sealed class StatisticsFunctionTests
{
    [Theory]
    [InlineData(5, 10, 23.7, 76.3)]
    [InlineData(0, 10, 0.0, 27.8)]
    [InlineData(65, 100, 55.3, 73.6)]
    public void The_wilson_interval_matches_a_hand_computed_example(int k, int n, double low, double high)
    {
        using var warehouse = new WarehouseHarness();

        Assert.Equal(low, warehouse.Scalar<double>($"select round(wilson_low({k}, {n}), 1)"));
        Assert.Equal(high, warehouse.Scalar<double>($"select round(wilson_high({k}, {n}), 1)"));
    }
}
