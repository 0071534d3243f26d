using System.Globalization;
using System.Text;

namespace BelongingInsights.TestSupport;

/// <summary>Builds long-format attendance-marks exports for tests: every pupil marked AM and PM on each weekday.</summary>
public static class MarksCsv
{
    public const string Header = "UPN,URN,Date,Session,Mark";

    /// <summary>Each pupil gets <paramref name="mark"/> for every session from <paramref name="first"/> for <paramref name="days"/> weekdays.</summary>
    public static string For(int urn, int pupils, DateOnly first, int days, string mark = "/")
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var pupil = 1; pupil <= pupils; pupil++)
        {
            var date = first;
            for (var day = 0; day < days; date = date.AddDays(1))
            {
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    continue;
                var text = date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);
                csv.Append($"{AttendanceCsv.Upn(pupil)},{urn},{text},AM,{mark}\n{AttendanceCsv.Upn(pupil)},{urn},{text},PM,{mark}\n");
                day++;
            }
        }
        return csv.ToString();
    }
}
