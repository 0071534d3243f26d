using System.Text;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class PseudonymiserTests
{
    [Fact]
    public void The_same_upn_and_key_give_the_same_pupil_key_and_never_contain_the_upn()
    {
        var pseudonymiser = new Pseudonymiser(Encoding.UTF8.GetBytes("secret"));

        var key = pseudonymiser.PupilKey("B801200005001");

        Assert.Equal(key, pseudonymiser.PupilKey("B801200005001"));
        Assert.Equal(64, key.Length);
        Assert.DoesNotContain("801200005001", key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_key_gives_a_different_pupil_key() =>
        Assert.NotEqual(
            new Pseudonymiser(Encoding.UTF8.GetBytes("one")).PupilKey("B801200005001"),
            new Pseudonymiser(Encoding.UTF8.GetBytes("two")).PupilKey("B801200005001"));
}
