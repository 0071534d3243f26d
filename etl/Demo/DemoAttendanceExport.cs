using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration's attendance summary: one row per pupil per term on roll, both years, all schools.
/// Each term's absence scatters around the pupil's rate for the year (autumn lower, summer higher); part of it is
/// unauthorised, more so for pupils who miss a lot; a few sessions are approved educational activity. Pupils who
/// join or leave during a term have that term's share of its sessions.
/// </summary>
public static class DemoAttendanceExport
{
    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(2023);
        var csv = new StringBuilder("UPN,URN,School Name,Start Date,End Date,Possible Sessions,Present,AEA,Authorised Absence,Unauthorised Absence\n");
        foreach (var pupil in DemoPupils.All)
        {
            foreach (var term in DemoCalendar.Terms.Where(t => pupil.OnRoll(t.Start, t.End)))
            {
                var start = pupil.Admitted > term.Start ? pupil.Admitted : term.Start;
                var end = pupil.Until < term.End ? pupil.Until : term.End;
                var possible = (int)Math.Round(term.Sessions * (end.DayNumber - start.DayNumber + 1.0) / (term.End.DayNumber - term.Start.DayNumber + 1));
                if (possible == 0)
                    continue;
                var rate = Math.Min(0.98, pupil.AbsenceRate(term.AcademicYear) * term.AbsenceFactor * Math.Exp(0.4 * random.Normal() - 0.08));
                var absent = random.Binomial(possible, rate);
                var unauthorised = random.Binomial(absent, Math.Min(0.9, UnauthorisedShare(pupil.School.Phase) + 0.4 * Math.Max(0, rate - 0.1)));
                var aea = random.Binomial(possible - absent, 0.012);
                csv.Append(CultureInfo.InvariantCulture,
                    $"{pupil.Upn},{pupil.School.Urn},{pupil.School.Name},{start:dd/MM/yyyy},{end:dd/MM/yyyy},{possible},{possible - absent - aea},{aea},{absent - unauthorised},{unauthorised}\n");
            }
        }
        var path = Path.Combine(directory, "attendance-summary.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static double UnauthorisedShare(DemoPhase phase) => phase switch
    {
        DemoPhase.Primary => 0.28,
        DemoPhase.Secondary => 0.38,
        DemoPhase.Special => 0.25,
        _ => 0.5,
    };
}
