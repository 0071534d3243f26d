using System.Globalization;
using System.Text.RegularExpressions;

namespace BelongingInsights.Etl.Benchmarks;

/// <summary>
/// A cell of a DfE statistics file as published: a number, or one of the GSS symbols for a value that is
/// suppressed (<c>c</c>, <c>x</c>), not applicable (<c>z</c>, <c>.</c>) or not available (<c>:</c>, <c>..</c>, <c>u</c>, <c>NA</c>, blank).
/// A suppressed cell stays suppressed; it never becomes zero. Older releases, typed in spreadsheets, write counts with
/// thousands separators (<c>1,234,567</c>); those are read as the number, other commas are not.
/// </summary>
public sealed partial record PublishedValue(double? Value, string Status, int Decimals)
{
    public const string Published = "published";
    public const string Suppressed = "suppressed";
    public const string NotApplicable = "not_applicable";
    public const string NotAvailable = "not_available";
    public const string Low = "low";

    public static PublishedValue? Parse(string text)
    {
        var cell = text.Trim();
        switch (cell.ToLowerInvariant())
        {
            case "c" or "x":
                return new PublishedValue(null, Suppressed, 0);
            case "z" or ".":
                return new PublishedValue(null, NotApplicable, 0);
            case ":" or ".." or "u" or "na" or "":
                return new PublishedValue(null, NotAvailable, 0);
            case "low" or "k":
                return new PublishedValue(null, Low, 0);
        }
        if (cell.Contains(',', StringComparison.Ordinal))
        {
            if (!ThousandsSeparated().IsMatch(cell))
                return null;
            cell = cell.Replace(",", "", StringComparison.Ordinal);
        }
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var point = cell.IndexOf('.', StringComparison.Ordinal);
        return new PublishedValue(value, Published, point < 0 ? 0 : cell.Length - point - 1);
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsSeparated();
}
