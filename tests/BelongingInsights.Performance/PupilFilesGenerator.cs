using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Performance;

/// <summary>
/// Writes the other files a programme holds for the marks file's pupils, so every dashboard query has data to
/// read at scale: a census (gender, SEN, FSM, disadvantage, EAL, ethnicity, year group, and for leavers the leaving
/// date and destination, each drawn with its school's kind's shares, <see cref="GeneratedSchools"/>), their
/// suspensions, and the Belonging Matters pupil questionnaire at baseline and endline. Seeded, so the same pupils give
/// the same files.
/// </summary>
public static class PupilFilesGenerator
{
    private static readonly string[] Answers = ["Never", "Rarely or sometimes", "Most of the time", "All of the time"];
    private static readonly string[] Ethnicities = ["WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "CHNE", "OOTH", "REFU"];
    private static readonly string[] Destinations = ["Another school", "Another school", "Another school", "Elective home education", "Alternative provision", "Unknown"];
    private static readonly string[] Reasons = ["PP", "PA", "VA", "DB", "DM", "BU"];
    private static readonly DateOnly FirstLeavingDate = new(2024, 11, 1);
    private static readonly DateOnly FirstSuspensionDate = new(2024, 9, 9);

    public static IReadOnlyList<string> Write(string directory, int pupils)
    {
        var schools = WriteSchoolList(directory, pupils);
        var census = Path.Combine(directory, "census.csv");
        WriteCensus(census, pupils);
        var surveys = new[] { WriteSurvey(directory, "baseline", "01/10/2024", pupils, 0.85), WriteSurvey(directory, "endline", "02/06/2025", pupils, 0.7) };
        return WriteSuspensions(directory, pupils) is { } suspensions ? [schools, census, suspensions, .. surveys] : [schools, census, .. surveys];
    }

    /// <summary>The pupils' schools as a Get Information About Schools download: phase, type, local authority and trust.</summary>
    private static string WriteSchoolList(string directory, int pupils)
    {
        var path = Path.Combine(directory, "schools.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Trusts (name)\n");
        foreach (var (urn, kind, trust) in GeneratedSchools.Schools(pupils))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{urn},999,Generated Borough,{4000 + urn % 1000},Generated School {urn},{kind.Type},Open,{kind.Phase},{trust}\n"));
        }
        return path;
    }

    private static void WriteCensus(string path, int pupils)
    {
        var random = new Random(2_024_10_03);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("UPN,URN,Census Date,Gender,NC Year,SEN Provision,FSM Eligible,FSM6,First Language,Ethnicity,Leaving Date,Destination\n");
        for (var pupil = 0; pupil < pupils; pupil++)
        {
            var (urn, school, place) = GeneratedSchools.Of(pupil);
            var fsm = random.NextDouble() < school.Fsm;
            var sen = random.NextDouble() < school.Support ? "K" : random.NextDouble() < school.EhcPlan ? "E" : "N";
            var ethnicity = random.NextDouble() < school.WhiteBritish ? Ethnicities[0] : Ethnicities[1 + random.Next(Ethnicities.Length - 1)];
            var leaving = random.NextDouble() < school.Leavers
                ? string.Create(CultureInfo.InvariantCulture, $"{FirstLeavingDate.AddDays(random.Next(200)):dd'/'MM'/'yyyy},{Destinations[random.Next(Destinations.Length)]}")
                : ",";
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{MarksFileGenerator.UpnOf(pupil)},{urn},03/10/2024,{(random.NextDouble() < school.Boys ? "M" : "F")},{school.YearOf(place)},{sen},"
                + $"{(fsm ? "Y" : "N")},{(fsm || random.NextDouble() < 0.1 ? "Y" : "N")},{(random.NextDouble() < school.Eal ? "OTH" : "ENG")},{ethnicity},{leaving}\n"));
        }
    }

    /// <summary>The pupils' suspensions, or null where none of them is suspended (a few pupils), since a file of no rows does not load.</summary>
    private static string? WriteSuspensions(string directory, int pupils)
    {
        var path = Path.Combine(directory, "suspensions.csv");
        var random = new Random(2_024_09_09);
        var rows = 0;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("UPN,URN,Start date,Category,Sessions,Reason 1\n");
            for (var pupil = 0; pupil < pupils; pupil++)
            {
                var (urn, school, _) = GeneratedSchools.Of(pupil);
                if (random.NextDouble() >= school.Suspended)
                    continue;
                for (var suspension = random.Next(2); suspension >= 0; suspension--, rows++)
                {
                    var start = FirstSuspensionDate.AddDays(7 * random.Next(40) + random.Next(5));
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{MarksFileGenerator.UpnOf(pupil)},{urn},{start:dd'/'MM'/'yyyy},FIXD,{2 * (1 + random.Next(3))},{Reasons[random.Next(Reasons.Length)]}\n"));
                }
            }
        }
        if (rows > 0)
            return path;
        File.Delete(path);
        return null;
    }

    private static string WriteSurvey(string directory, string wave, string answeredOn, int pupils, double responseRate)
    {
        var path = Path.Combine(directory, $"survey-{wave}.csv");
        var instrument = SurveyInstruments.ByCode("ncb-pupil");
        var random = new Random(wave.Length * 7_919);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("UPN,URN,Wave,Completion time");
        foreach (var (item, number) in instrument.Items.Select((item, n) => (item, n + 1)))
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",\"{number}. {item.Text}\""));
        writer.Write('\n');
        for (var pupil = 0; pupil < pupils; pupil++)
        {
            if (random.NextDouble() >= responseRate)
                continue;
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{MarksFileGenerator.UpnOf(pupil)},{MarksFileGenerator.UrnOf(pupil)},{wave},{answeredOn} 09:00"));
            var belonging = 2.4 + random.NextDouble() * 1.6;
            foreach (var item in instrument.Items)
            {
                var score = Math.Clamp((int)Math.Round(belonging + (random.NextDouble() - 0.5) * 2), 1, 4);
                writer.Write(',');
                writer.Write(Answers[(item.ReverseCoded ? 5 - score : score) - 1]);
            }
            writer.Write('\n');
        }
        return path;
    }
}
