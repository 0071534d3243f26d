namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>The least-squares line through some points, and Pearson's r between their two coordinates.</summary>
public sealed record LinearFit(double Slope, double Intercept, double R)
{
    /// <summary>The fit, or null when there are fewer than three points or either coordinate never varies.</summary>
    public static LinearFit? Of(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 3)
            return null;
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var syy = points.Sum(p => (p.Y - meanY) * (p.Y - meanY));
        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        if (sxx == 0 || syy == 0)
            return null;
        var slope = sxy / sxx;
        return new LinearFit(slope, meanY - slope * meanX, sxy / Math.Sqrt(sxx * syy));
    }

    public double At(double x) => Intercept + Slope * x;
}
