using System.Globalization;

namespace BelongingInsights.Dashboard.Components;

public static class Formats
{
    /// <summary>A rate as the pages show it (<c>93.1%</c>); nothing for a missing value.</summary>
    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>A score, statistic or effect size to two decimal places (<c>2.85</c>); nothing for a missing value.</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>A change with its sign (<c>+0.61</c>, <c>-1.20</c>); nothing for a missing value.</summary>
    public static string Signed(double? value) =>
        value?.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A p-value to three decimal places, or <c>&lt; 0.001</c>; nothing for a missing value.</summary>
    public static string PValue(double? value) => value switch
    {
        null => "",
        < 0.001 => "< 0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>A file's size in the unit that suits it (<c>12.3 MB</c>), in decimal units as file managers show them.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["bytes", "kB", "MB", "GB", "TB"];
        var size = (double)bytes;
        var unit = 0;
        while (size >= 1000 && unit < units.Length - 1)
        {
            size /= 1000;
            unit++;
        }
        return unit == 0 ? $"{bytes} bytes" : size.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>A moment as people in England read it, in UK time: <c>5 Dec 2026, 23:40</c>.</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
