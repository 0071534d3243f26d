using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration schools' behaviour incidents (a SIMS-style export) and suspensions and permanent
/// exclusions (an Arbor-style export, lengths in days) for 2024/25, one file each for all schools. Pupils who miss
/// more school and secondary pupils have more incidents and suspensions; seeded, so every run writes the same files.
/// </summary>
public static class DemoIncidentExports
{
    private static readonly (DateOnly Start, DateOnly End)[] Terms =
    [
        (new DateOnly(2024, 9, 2), new DateOnly(2024, 12, 20)),
        (new DateOnly(2025, 1, 6), new DateOnly(2025, 4, 4)),
        (new DateOnly(2025, 4, 22), new DateOnly(2025, 7, 22)),
    ];

    private static readonly string[] IncidentTypes = ["Disruption in lesson", "Defiance", "Lateness to lesson", "Uniform", "Homework not done", "Unkind words", "Mobile phone"];
    private static readonly string[] Locations = ["Classroom", "Corridor", "Playground", "Canteen", "Online"];
    private static readonly string[] Actions = ["Verbal warning", "Detention", "Removed from lesson", "Phone call home", "Report card"];
    private static readonly string[] Reasons = ["DB", "DB", "DB", "VA", "VP", "PP", "PA", "DA", "BU", "DM", "OW", "MT"];

    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [WriteBehaviour(directory), WriteSuspensions(directory)];
    }

    private static string WriteBehaviour(string directory)
    {
        var random = new Random(2024);
        var csv = new StringBuilder("UPN,URN,Incident Date,Behaviour Type,Location,Action Taken,Points,Comments,Recorded By\n");
        foreach (var school in DemoSchoolExports.Schools)
        {
            foreach (var pupil in DemoPupils.For(school))
            {
                var mean = (IsSecondary(pupil) ? 1.6 : 0.5) * (1 + 8 * pupil.Absence);
                var seen = new HashSet<string>();
                foreach (var term in Terms)
                {
                    for (var trial = 0; trial < 8; trial++)
                    {
                        if (random.NextDouble() >= mean / 8)
                            continue;
                        var when = SchoolDay(random, term).ToDateTime(new TimeOnly(8 + random.Next(7), random.Next(60)));
                        if (!seen.Add($"{when:O}"))
                            continue;
                        var type = random.Next(IncidentTypes.Length);
                        csv.Append(CultureInfo.InvariantCulture,
                            $"{pupil.Upn},{school.Urn},{when:dd/MM/yyyy HH:mm},{IncidentTypes[type]},{Locations[random.Next(Locations.Length)]},{Actions[random.Next(Actions.Length)]},{1 + type % 3},,\n");
                    }
                }
            }
        }
        var path = Path.Combine(directory, "behaviour.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static string WriteSuspensions(string directory)
    {
        var random = new Random(2025);
        var csv = new StringBuilder("Student,UPN,URN,Suspension Type,Start Date,Length (days),Reason,Second Reason\n");
        foreach (var school in DemoSchoolExports.Schools)
        {
            foreach (var pupil in DemoPupils.For(school))
            {
                var secondary = IsSecondary(pupil);
                var chance = (secondary ? 0.05 : 0.01) * (1 + 6 * pupil.Absence);
                foreach (var term in Terms)
                {
                    if (random.NextDouble() >= chance)
                        continue;
                    var (type, days) = random.NextDouble() switch
                    {
                        < 0.03 => ("Permanent Exclusion", ""),
                        < 0.10 when !secondary => ("Lunchtime", "0.5"),
                        var r => ("Suspension", (r < 0.5 ? 1 : r < 0.75 ? 0.5 : r < 0.9 ? 2 : 3).ToString(CultureInfo.InvariantCulture)),
                    };
                    var second = random.NextDouble() < 0.3 ? Reasons[random.Next(Reasons.Length)] : "";
                    csv.Append(CultureInfo.InvariantCulture,
                        $",{pupil.Upn},{school.Urn},{type},{SchoolDay(random, term):yyyy-MM-dd},{days},{Reasons[random.Next(Reasons.Length)]},{second}\n");
                }
            }
        }
        var path = Path.Combine(directory, "suspensions.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static bool IsSecondary(DemoPupil pupil) => int.TryParse(pupil.NcYear, CultureInfo.InvariantCulture, out var year) && year >= 7;

    private static DateOnly SchoolDay(Random random, (DateOnly Start, DateOnly End) term)
    {
        var day = term.Start.AddDays(random.Next(term.End.DayNumber - term.Start.DayNumber - 2));
        return day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };
    }
}
