using System.Globalization;
using System.Text.RegularExpressions;

namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// A wide export's session column header: <c>Mon 02/09 AM</c>, <c>02/09/2024 AM</c>, <c>Mon 02/09/2024 PM</c> or
/// <c>2024-09-02 AM</c>. The weekday is optional; the year may be missing and is then inferred for the file. Digits are
/// ASCII only: <c>\d</c> would also match other scripts' digits, which <see cref="int.Parse(string, IFormatProvider)"/> refuses.
/// </summary>
internal readonly partial record struct SessionHeader(int Day, int Month, int? Year, DayOfWeek? Weekday, string Session)
{
    public static bool TryParse(string cell, out SessionHeader header)
    {
        header = default;
        var match = UkPattern().Match(cell.Trim());
        if (match.Success)
        {
            int? year = match.Groups["year"].Success ? FullYear(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)) : null;
            header = new SessionHeader(
                int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture),
                year, WeekdayOf(match.Groups["weekday"]), match.Groups["session"].Value.ToUpperInvariant());
            return true;
        }
        match = IsoPattern().Match(cell.Trim());
        if (!match.Success)
            return false;
        header = new SessionHeader(
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            WeekdayOf(match.Groups["weekday"]), match.Groups["session"].Value.ToUpperInvariant());
        return true;
    }

    /// <summary>The session's date, taking a missing year from the academic year (September to August).</summary>
    public DateOnly? DateIn(int academicYear)
    {
        var year = Year ?? (Month >= 9 ? academicYear : academicYear + 1);
        if (year is < 1 or > 9999 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(year, Month))
            return null;
        return new DateOnly(year, Month, Day);
    }

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private static DayOfWeek? WeekdayOf(Group group) =>
        group.Success
            ? Enum.GetValues<DayOfWeek>().First(d => d.ToString().StartsWith(group.Value[..3], StringComparison.OrdinalIgnoreCase))
            : null;

    [GeneratedRegex(@"^(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?(?<day>[0-9]{1,2})/(?<month>[0-9]{1,2})(?:/(?<year>[0-9]{4}|[0-9]{2}))?\s*(?<session>am|pm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UkPattern();

    [GeneratedRegex(@"^(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})\s*(?<session>am|pm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
