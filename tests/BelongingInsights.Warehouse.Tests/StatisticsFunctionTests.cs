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

    [Theory]
    [InlineData("[1, 1, 1], 3", "33.4;33.3;33.3")]
    [InlineData("[2, 1, 0], 3", "66.7;33.3;0.0")]
    [InlineData("[261, 139, 0], 400", "65.3;34.7;0.0")]
    [InlineData("[0, 7, 993], 1000", "0.0;0.7;99.3")]
    public void Shares_of_100_add_up_to_exactly_100_the_largest_remainders_rounded_up(string partsAndWhole, string shares)
    {
        // 261 and 139 of 400 are 65.25% and 34.75%: rounded on their own they make 100.1.
        using var warehouse = new WarehouseHarness();

        Assert.Equal(shares, warehouse.Scalar<string>($"select array_to_string(list_transform(shares_of_100({partsAndWhole}), s -> s::decimal(4, 1)), ';')"));
    }

    [Fact]
    public void Shares_of_nobody_are_null()
    {
        using var warehouse = new WarehouseHarness();

        Assert.Null(warehouse.Scalar<string?>("select array_to_string(shares_of_100([0, 0, 0], 0), ';')"));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.841345)]
    [InlineData(-1.5, 0.066807)]
    [InlineData(1.959964, 0.975)]
    [InlineData(-3.0, 0.00135)]
    public void The_normal_cdf_matches_published_tables_to_six_places(double x, double phi)
    {
        using var warehouse = new WarehouseHarness();

        Assert.Equal(phi, warehouse.Scalar<double>($"select round(normal_cdf({x.ToString(System.Globalization.CultureInfo.InvariantCulture)}), 6)"));
    }

    [Fact]
    public void The_critical_values_give_a_p_value_of_five_percent()
    {
        using var warehouse = new WarehouseHarness();

        Assert.Equal(0.05, warehouse.Scalar<double>("select round(two_sided_p(-1.959964), 6)"));
        Assert.Equal(0.05, warehouse.Scalar<double>("select round(chi_square_1df_p(3.841459), 6)"));
    }

    [Fact]
    public void The_pooled_two_proportion_z_test_matches_a_hand_computed_example()
    {
        // 30 of 100 against 45 of 100: pooled p = 75/200 = 0.375, SE = sqrt(0.375 × 0.625 × (1/100 + 1/100)) = 0.068465,
        // z = 0.15 / 0.068465 = 2.19089, two-sided p = 0.02846.
        using var warehouse = new WarehouseHarness();

        Assert.Equal(2.19089, warehouse.Scalar<double>("select round(two_proportion_z(30, 100, 45, 100), 5)"));
        Assert.Equal(0.02846, warehouse.Scalar<double>("select round(two_sided_p(two_proportion_z(30, 100, 45, 100)), 5)"));
        Assert.Null(warehouse.Scalar<double?>("select two_proportion_z(0, 10, 0, 12)"));
    }

    [Fact]
    public void Mcnemar_with_continuity_correction_matches_a_hand_computed_example()
    {
        // b = 10, c = 3: (|10 - 3| - 1)^2 / 13 = 36/13 = 2.769231; p = 2 × (1 - Phi(sqrt(2.769231))) = 0.09609.
        using var warehouse = new WarehouseHarness();

        Assert.Equal(2.769231, warehouse.Scalar<double>("select round(mcnemar_chi_square(10, 3), 6)"));
        Assert.Equal(0.09609, warehouse.Scalar<double>("select round(chi_square_1df_p(mcnemar_chi_square(10, 3)), 5)"));
        Assert.Equal(0.0, warehouse.Scalar<double>("select mcnemar_chi_square(4, 4)"));
        Assert.Null(warehouse.Scalar<double?>("select mcnemar_chi_square(0, 0)"));
    }

    [Theory]
    [InlineData(12, 6)]
    [InlineData(6, 3)]
    [InlineData(5, 3)]
    [InlineData(1, 1)]
    public void A_scale_score_needs_half_the_items_rounded_up(int items, int minimum)
    {
        using var warehouse = new WarehouseHarness();

        Assert.Equal(minimum, warehouse.Scalar<int>($"select scale_minimum_items({items})"));
    }
}
