using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration's behaviour incidents (a SIMS-style export) and suspensions and permanent exclusions (an
/// Arbor-style export, lengths in days) for both years, one file each for all schools. Most pupils have no incident;
/// a few have many (the pupil's behaviour factor is heavy tailed and follows their absence). Rates per phase follow
/// England's: a suspension for about one secondary pupil in ten a year, two or three per 100 in primaries (England's
/// 2023/24 primary rate, docs/demo-data.md); permanent exclusions are the pupils the roll shows leaving for one.
/// Seeded, so every run writes the same files.
/// </summary>
public static class DemoIncidentExports
{
    private static readonly string[] IncidentTypes = ["Disruption in lesson", "Defiance", "Lateness to lesson", "Uniform", "Homework not done", "Unkind words", "Mobile phone"];
    private static readonly string[] Locations = ["Classroom", "Corridor", "Playground", "Canteen", "Online"];
    private static readonly string[] Actions = ["Verbal warning", "Detention", "Removed from lesson", "Phone call home", "Report card"];
    private static readonly string[] Reasons = ["DB", "DB", "DB", "VA", "VP", "PP", "PA", "DA", "BU", "DM", "OW", "MT"];

    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [WriteBehaviour(directory), WriteSuspensions(directory)];
    }

    /// <summary>Incidents per pupil per year, on average.</summary>
    private static double IncidentRate(DemoPhase phase) => phase switch
    {
        DemoPhase.Primary => 0.3,
        DemoPhase.Secondary => 1.2,
        DemoPhase.Special => 1.5,
        _ => 3.5,
    };

    /// <summary>Suspensions per pupil per year, on average.</summary>
    private static double SuspensionRate(DemoPhase phase) => phase switch
    {
        DemoPhase.Primary => 0.023,
        DemoPhase.Secondary => 0.10,
        DemoPhase.Special => 0.11,
        _ => 0.45,
    };

    private static string WriteBehaviour(string directory)
    {
        var random = new Random(2024);
        var csv = new StringBuilder("UPN,URN,Incident Date,Behaviour Type,Location,Action Taken,Points,Comments,Recorded By\n");
        foreach (var pupil in DemoPupils.All)
        {
            var seen = new HashSet<DateTime>();
            foreach (var day in Days(random, pupil, IncidentRate(pupil.School.Phase)))
            {
                var when = day.ToDateTime(new TimeOnly(8 + random.Next(7), random.Next(60)));
                if (!seen.Add(when))
                    continue;
                var type = random.Next(IncidentTypes.Length);
                csv.Append(CultureInfo.InvariantCulture,
                    $"{pupil.Upn},{pupil.School.Urn},{when:dd/MM/yyyy HH:mm},{IncidentTypes[type]},{random.Pick(Locations)},{random.Pick(Actions)},{1 + type % 3},,\n");
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
        foreach (var pupil in DemoPupils.All)
        {
            var primary = pupil.School.Phase == DemoPhase.Primary;
            foreach (var day in Days(random, pupil, SuspensionRate(pupil.School.Phase)).Distinct())
            {
                var r = random.NextDouble();
                var (type, days) = r < 0.1 && primary ? ("Lunchtime", "0.5") : ("Suspension", (r < 0.5 ? 1 : r < 0.75 ? 0.5 : r < 0.9 ? 2 : 3).ToString(CultureInfo.InvariantCulture));
                Append(csv, random, pupil, type, day, days);
            }
            if (pupil.Destination == DemoPupils.PermanentlyExcluded)
                Append(csv, random, pupil, "Permanent Exclusion", pupil.Until, "");
        }
        var path = Path.Combine(directory, "suspensions.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static void Append(StringBuilder csv, Random random, DemoPupil pupil, string type, DateOnly day, string days)
    {
        var second = random.NextDouble() < 0.3 ? random.Pick(Reasons) : "";
        csv.Append(CultureInfo.InvariantCulture, $",{pupil.Upn},{pupil.School.Urn},{type},{day:yyyy-MM-dd},{days},{random.Pick(Reasons)},{second}\n");
    }

    /// <summary>School days of a pupil's events: per year on roll, a count around the phase's rate scaled by the pupil's behaviour and time on roll.</summary>
    private static IEnumerable<DateOnly> Days(Random random, DemoPupil pupil, double rate)
    {
        foreach (var year in DemoCalendar.Years)
        {
            var (start, end) = (DemoCalendar.YearStart(year), DemoCalendar.YearEnd(year));
            if (!pupil.OnRoll(start, end))
                continue;
            var from = pupil.Admitted > start ? pupil.Admitted : start;
            var to = pupil.Until < end ? pupil.Until : end;
            var share = (to.DayNumber - from.DayNumber + 1.0) / (end.DayNumber - start.DayNumber + 1);
            var count = random.Poisson(rate * pupil.Behaviour * share);
            for (var n = 0; n < count; n++)
            {
                if (DemoCalendar.TermDay(random, year, from, to) is { } day)
                    yield return day;
            }
        }
    }
}
