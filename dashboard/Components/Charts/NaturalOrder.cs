namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>Orders labels as people read them: the numbers inside by value, so Year 2 comes before Year 10.</summary>
public sealed class NaturalOrder : IComparer<string>
{
    public static NaturalOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return string.CompareOrdinal(x, y);
        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (startX, startY) = (i, j);
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                var byValue = decimal.Parse(x[startX..i]).CompareTo(decimal.Parse(y[startY..j]));
                if (byValue != 0)
                    return byValue;
                continue;
            }
            var byChar = x[i].CompareTo(y[j]);
            if (byChar != 0)
                return byChar;
            i++;
            j++;
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }
}
