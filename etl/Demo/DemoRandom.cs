namespace BelongingInsights.Etl.Demo;

/// <summary>The few distributions the demonstration draws from, on a seeded <see cref="Random"/>.</summary>
public static class DemoRandom
{
    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Normal(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A Poisson count with mean <paramref name="mean"/> (Knuth's method: the means here are small).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
            count++;
        return count;
    }

    /// <summary>How many of <paramref name="trials"/> trials succeed, each with <paramref name="chance"/>.</summary>
    public static int Binomial(this Random random, int trials, double chance)
    {
        var count = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            if (random.NextDouble() < chance)
                count++;
        }
        return count;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
