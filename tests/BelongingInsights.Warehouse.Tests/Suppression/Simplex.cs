namespace BelongingInsights.Warehouse.Tests.Suppression;

/// <summary>
/// A small dense two-phase simplex (Bland's rule): the least value of <c>c·x</c> subject to <c>A x = b</c> and
/// <c>x ≥ 0</c>. Enough for the few hidden cells linked to one small cell; not for thousands.
/// </summary>
public static class Simplex
{
    private const double Tolerance = 1e-9;

    /// <summary>The minimum of <paramref name="cost"/>·x, or null when the constraints have no solution.</summary>
    public static double? Minimise(double[] cost, double[][] a, double[] b)
    {
        int m = a.Length, n = cost.Length;
        // Tableau: n variables, m artificials, then the right-hand side.
        var t = new double[m + 1][];
        var basis = new int[m];
        for (var i = 0; i < m; i++)
        {
            var sign = b[i] < 0 ? -1 : 1;
            t[i] = new double[n + m + 1];
            for (var j = 0; j < n; j++)
                t[i][j] = sign * a[i][j];
            t[i][n + i] = 1;
            t[i][n + m] = sign * b[i];
            basis[i] = n + i;
        }
        t[m] = new double[n + m + 1];
        for (var i = 0; i < m; i++)
            for (var j = 0; j <= n + m; j++)
                if (j < n || j == n + m)
                    t[m][j] -= t[i][j];
        Pivot(t, basis, n + m);
        if (t[m][n + m] < -1e-7)
            return null;
        // Drive artificials out of the basis where they can go, then price the real cost.
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n)
                continue;
            var entering = Enumerable.Range(0, n).FirstOrDefault(j => Math.Abs(t[i][j]) > Tolerance, -1);
            if (entering >= 0)
                Swap(t, basis, i, entering);
        }
        Array.Clear(t[m]);
        for (var j = 0; j < n; j++)
            t[m][j] = cost[j];
        for (var i = 0; i < m; i++)
            if (basis[i] < n && cost[basis[i]] != 0)
            {
                var factor = cost[basis[i]];
                for (var j = 0; j <= n + m; j++)
                    t[m][j] -= factor * t[i][j];
            }
        for (var i = 0; i < m; i++)
            if (basis[i] >= n)
                for (var j = 0; j < n; j++)
                    t[i][j] = Math.Abs(t[i][j]) > Tolerance ? t[i][j] : 0;
        if (!Pivot(t, basis, n))
            return double.NegativeInfinity;
        return -t[m][n + m];
    }

    /// <summary>Pivots on the first <paramref name="columns"/> columns until no reduced cost is negative; false when unbounded.</summary>
    private static bool Pivot(double[][] t, int[] basis, int columns)
    {
        var m = basis.Length;
        var rhs = t[0].Length - 1;
        while (true)
        {
            var entering = Enumerable.Range(0, columns).FirstOrDefault(j => t[m][j] < -Tolerance, -1);
            if (entering < 0)
                return true;
            var leaving = -1;
            for (var i = 0; i < m; i++)
            {
                if (t[i][entering] <= Tolerance)
                    continue;
                if (leaving < 0)
                {
                    leaving = i;
                    continue;
                }
                var ratio = t[i][rhs] / t[i][entering];
                var best = t[leaving][rhs] / t[leaving][entering];
                if (ratio < best - Tolerance || (Math.Abs(ratio - best) <= Tolerance && basis[i] < basis[leaving]))
                    leaving = i;
            }
            if (leaving < 0)
                return false;
            Swap(t, basis, leaving, entering);
        }
    }

    private static void Swap(double[][] t, int[] basis, int row, int column)
    {
        var pivot = t[row][column];
        for (var j = 0; j < t[row].Length; j++)
            t[row][j] /= pivot;
        for (var i = 0; i < t.Length; i++)
        {
            if (i == row || t[i][column] == 0)
                continue;
            var factor = t[i][column];
            for (var j = 0; j < t[i].Length; j++)
                t[i][j] -= factor * t[row][j];
        }
        basis[row] = column;
    }
}
