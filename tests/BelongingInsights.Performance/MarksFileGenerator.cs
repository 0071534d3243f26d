using System.Globalization;
using System.Text;
using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;
using BelongingInsights.TestSupport;

namespace BelongingInsights.Performance;

/// <summary>
/// Writes a long-format attendance-marks export (UPN, URN, Date, Session, Mark) for one academic year, pupil by
/// pupil, streaming so any size fits in memory, on school days (no weekends or Christmas holiday). Marks follow a plausible mix: mostly present, some illness,
/// lateness, appointments and unexplained absence. The same seed gives the same file.
/// </summary>
public static class MarksFileGenerator
{
    private static readonly DateOnly FirstDay = new(2024, 9, 2);

    public static long Write(string path, long marks)
    {
        var days = SchoolDays();
        var random = new Random(20_240_902);
        long written = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("UPN,URN,Date,Session,Mark\n");
        for (var pupil = 0; written < marks; pupil++)
        {
            var prefix = $"{UpnOf(pupil)},{UrnOf(pupil)},";
            for (var session = 0; session < PerformanceScale.SessionsPerPupil && written < marks; session++, written++)
            {
                var am = session % 2 == 0;
                writer.Write(prefix);
                writer.Write(days[session / 2]);
                writer.Write(am ? ",AM," : ",PM,");
                writer.Write(Mark(random.Next(1_000), am));
                writer.Write('\n');
            }
        }
        return written;
    }

    private static string Mark(int roll, bool am) => roll switch
    {
        < 40 => "I",
        < 50 => "M",
        < 62 => "N",
        < 70 => "O",
        < 80 => "L",
        < 84 => "U",
        < 88 => "B",
        < 90 => "X01",
        _ => am ? "/" : "\\",
    };

    public static int UrnOf(int pupil) => GeneratedSchools.Of(pupil).Urn;

    public static string UpnOf(int pupil) => TestUpn.Of($"90121{pupil:0000000}");

    private static string[] SchoolDays()
    {
        var days = new List<string>(PerformanceScale.SessionsPerPupil / 2);
        for (var date = FirstDay; days.Count < PerformanceScale.SessionsPerPupil / 2; date = date.AddDays(1))
        {
            if (SchoolCalendar.OutsideTerm(date) is null)
                days.Add(date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture));
        }
        return [.. days];
    }
}
