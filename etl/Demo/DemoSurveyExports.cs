using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes the demonstration schools' Belonging Matters pupil questionnaire, baseline and endline, as a Microsoft
/// Forms export with each pupil's UPN. Pupils who miss more school feel they belong a little less, and belonging
/// rises a little by the end; seeded, so every run writes the same answers.
/// </summary>
public static class DemoSurveyExports
{
    private static readonly string[] Answers = ["Never", "Rarely or sometimes", "Most of the time", "All of the time"];

    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [WriteWave(directory, "baseline", 0.85, 0.0), WriteWave(directory, "endline", 0.7, 0.35)];
    }

    private static string WriteWave(string directory, string wave, double responseRate, double lift)
    {
        var instrument = SurveyInstruments.ByCode("ncb-pupil");
        var random = new Random(wave.Length * 7919);
        var csv = new StringBuilder("ID,Start time,Completion time,Email,Name,UPN,URN,Wave");
        foreach (var (item, number) in instrument.Items.Select((item, n) => (item, n + 1)))
            csv.Append(CultureInfo.InvariantCulture, $",{number}. {item.Text}");
        csv.Append('\n');
        var id = 0;
        foreach (var school in DemoSchoolExports.Schools)
        {
            foreach (var pupil in DemoPupils.For(school).Where(_ => random.NextDouble() < responseRate))
            {
                csv.Append(CultureInfo.InvariantCulture, $"{++id},01/10/2024 09:00,01/10/2024 09:06,,,{pupil.Upn},{school.Urn},{wave}");
                var belonging = 3.4 + lift - 6 * pupil.Absence + (pupil.Sen == "N" ? 0 : -0.3);
                foreach (var item in instrument.Items)
                {
                    var score = Math.Clamp((int)Math.Round(belonging + (random.NextDouble() - 0.5) * 2.2), 1, 4);
                    var answer = random.NextDouble() < 0.02 ? "" : Answers[(item.ReverseCoded ? 5 - score : score) - 1];
                    csv.Append(',').Append(answer);
                }
                csv.Append('\n');
            }
        }
        var path = Path.Combine(directory, $"pupil-survey-{wave}.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
