using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class UpnTests
{
    [Theory]
    [InlineData("B801200005001")]
    [InlineData("b801 2000 05001")]
    public void A_upn_with_a_matching_check_letter_is_valid(string upn)
    {
        var check = Upn.Check(upn);

        Assert.True(check.IsValid);
        Assert.False(check.IsTemporary);
        Assert.Equal("B801200005001", check.Normalised);
    }

    [Fact]
    public void A_temporary_upn_is_valid_and_flagged() =>
        Assert.True(Upn.Check("X00180001701A") is { IsValid: true, IsTemporary: true });

    [Theory]
    [InlineData("A801200005001", "check letter that does not match")]
    [InlineData("B80120000500", "13 characters")]
    [InlineData("I801200005001", "check letter (A-Z except I, O and S)")]
    [InlineData("B8012000050A1", "digits")]
    public void An_invalid_upn_says_what_is_wrong(string upn, string expected)
    {
        var check = Upn.Check(upn);

        Assert.False(check.IsValid);
        Assert.Contains(expected, check.Error);
    }

    [Fact]
    public void The_check_letter_is_computed_from_the_last_twelve_characters() =>
        Assert.Equal('B', Upn.CheckLetter("801200005001"));
}
