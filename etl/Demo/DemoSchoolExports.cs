using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the exports a school's MIS would, for fictional schools: per school, a census of its pupils'
/// characteristics and an attendance summary with one row per pupil per term of the 2024/25 academic year.
/// Seeded, so every run writes the same files.
/// </summary>
public static class DemoSchoolExports
{
    public static readonly IReadOnlyList<DemoSchool> Schools =
    [
        new(900101, "Riverside Primary (demo)", 901, 2101, 180, 0.045, -0.004),
        new(900102, "Hillcrest Academy (demo)", 901, 4102, 240, 0.085, -0.010),
        new(900103, "Meadow Lane School (demo)", 902, 7103, 90, 0.110, -0.006),
        new(900104, "Northgate High (demo)", 902, 4104, 260, 0.070, 0.003),
    ];

    private static readonly (DateOnly Start, DateOnly End, int Sessions)[] Terms =
    [
        (new DateOnly(2024, 9, 2), new DateOnly(2024, 12, 20), 144),
        (new DateOnly(2025, 1, 6), new DateOnly(2025, 4, 4), 126),
        (new DateOnly(2025, 4, 22), new DateOnly(2025, 7, 22), 120),
    ];

    private static readonly string[] Destinations =
    [
        "Transferred to another school", "Transferred to another school", "Transferred to another school", "Elective home education",
        "Alternative provision", "Unknown", "Moved abroad",
    ];

    /// <summary>
    /// Writes per school an autumn census, an attendance summary and an end-of-year census that also lists the
    /// year's leavers with their destinations, into <paramref name="directory"/>, and returns their paths.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [.. Schools.SelectMany(school =>
        {
            var pupils = DemoPupils.For(school);
            return new[]
            {
                WriteCensus(directory, school, pupils, "autumn", "03/10/2024", leavers: false),
                WriteAttendance(directory, school, pupils),
                WriteCensus(directory, school, pupils, "summer", "22/07/2025", leavers: true),
            };
        })];
    }

    private static string WriteCensus(string directory, DemoSchool school, IReadOnlyList<DemoPupil> pupils, string name, string censusDate, bool leavers)
    {
        var random = new Random(school.Urn + 2);
        var path = Path.Combine(directory, $"census-{name}-{school.Urn}.csv");
        var csv = new StringBuilder("UPN,URN,Census Date,Gender,NC Year,SEN Provision,FSM Eligible,FSM6,First Language,Ethnicity,Admission Date,Leaving Date,Destination\n");
        foreach (var p in pupils)
        {
            var leaving = leavers && random.NextDouble() < 0.12 ? $"{censusDate},{Destinations[random.Next(Destinations.Length)]}" : ",";
            csv.Append(CultureInfo.InvariantCulture,
                $"{p.Upn},{school.Urn},{censusDate},{p.Gender},{p.NcYear},{p.Sen},{(p.Fsm ? "Y" : "N")},{(p.Disadvantaged ? "Y" : "N")},{p.FirstLanguage},{p.Ethnicity},02/09/2024,{leaving}\n");
        }
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static string WriteAttendance(string directory, DemoSchool school, IReadOnlyList<DemoPupil> pupils)
    {
        var random = new Random(school.Urn + 1);
        var path = Path.Combine(directory, $"attendance-summary-{school.Urn}.csv");
        var csv = new StringBuilder("UPN,URN,School Name,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence\n");
        foreach (var pupil in pupils)
        {
            var upn = pupil.Upn;
            for (var term = 0; term < Terms.Length; term++)
            {
                var (start, end, sessions) = Terms[term];
                var rate = Math.Clamp(pupil.Absence + term * school.TermDrift, 0, 0.9);
                var absent = (int)Math.Round(sessions * rate);
                var unauthorised = (int)Math.Round(absent * (0.2 + 0.3 * random.NextDouble()));
                var aea = random.NextDouble() < 0.1 ? 2 : 0;
                csv.Append(CultureInfo.InvariantCulture,
                    $"{upn},{school.Urn},{school.Name},{start:dd/MM/yyyy},{end:dd/MM/yyyy},{sessions},{sessions - absent - aea},{aea},{absent - unauthorised},{unauthorised}\n");
            }
        }
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    /// <summary>A well-formed UPN with a valid check letter, unique per school and pupil.</summary>
    public static string DemoUpn(DemoSchool school, int pupil)
    {
        var digits = $"{school.LaCode:000}{school.Estab:0000}24{pupil:000}";
        return Upn.CheckLetter(digits) + digits;
    }
}
