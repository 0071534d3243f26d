using System.Globalization;
using System.Text;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration's pupil censuses, all schools in each: an autumn census of the pupils on roll in each
/// year, and an end-of-year one listing everyone on roll at any time that year, in-year leavers with their leaving
/// date and destination.
/// </summary>
public static class DemoCensusExports
{
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [.. DemoCalendar.Years.SelectMany(year => new[]
        {
            WriteCensus(directory, year, new DateOnly(year, 10, 3), wholeYear: false),
            WriteCensus(directory, year, DemoCalendar.YearEnd(year).AddDays(-4), wholeYear: true),
        })];
    }

    private static string WriteCensus(string directory, int year, DateOnly censusDate, bool wholeYear)
    {
        var csv = new StringBuilder("UPN,URN,Census Date,Gender,NC Year,SEN Provision,FSM Eligible,FSM6,First Language,Ethnicity,Admission Date,Leaving Date,Destination\n");
        var from = wholeYear ? DemoCalendar.YearStart(year) : censusDate;
        foreach (var p in DemoPupils.All.Where(p => p.OnRoll(from, censusDate)))
        {
            var leaving = p.Left is { } left && left <= censusDate ? $"{left:dd/MM/yyyy},{p.Destination}" : ",";
            csv.Append(CultureInfo.InvariantCulture,
                $"{p.Upn},{p.School.Urn},{censusDate:dd/MM/yyyy},{p.Gender},{p.NcYearCode(year)},{p.Sen},{(p.Fsm ? "Y" : "N")},{(p.Disadvantaged ? "Y" : "N")},{p.FirstLanguage},{p.Ethnicity},{Admission(p)},{leaving}\n");
        }
        var path = Path.Combine(directory, $"census-{censusDate:yyyy-MM-dd}.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    /// <summary>The admission date of pupils who joined in the demonstration's years; older ones are left out, as they add only empty years.</summary>
    private static string Admission(DemoPupil pupil) =>
        pupil.Admitted >= DemoCalendar.YearStart(DemoCalendar.FirstYear) ? pupil.Admitted.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
}
