using BelongingInsights.Dashboard.Components;

namespace BelongingInsights.Dashboard.Tests;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(0.0246, "0.025")]
    [InlineData(0.0004, "< 0.001")]
    [InlineData(1.0, "1.000")]
    [InlineData(null, "")]
    public void P_values_show_three_places_and_very_small_ones_as_under_one_in_a_thousand(double? p, string shown) =>
        Assert.Equal(shown, Formats.PValue(p));

    [Fact]
    public void Numbers_show_two_places_and_nothing_when_missing() =>
        Assert.Equal(("2.77", ""), (Formats.Number(2.7667), Formats.Number(null)));
}
