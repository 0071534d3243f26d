using System.Globalization;

namespace BelongingInsights.Etl.Common;

/// <summary>MIS exports write UK dates (dd/MM/yyyy) or ISO dates; never the server's locale.</summary>
public static class UkDates
{
    private static readonly string[] Formats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    public static bool TryParse(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = DateOnly.FromDateTime(value);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The academic year (September to August) a date falls in, named by its first calendar year.</summary>
    public static int AcademicYearOf(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;
}
