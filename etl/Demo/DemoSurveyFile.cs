using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Etl.Demo;

/// <summary>
/// Writes one instrument's answers as a Microsoft Forms export. Each item's chance of a positive answer rises with
/// the respondent's belonging; per wave its level is set so the share positive (unanswered in the denominator, as the
/// marts count it) lands on the item's target for that wave, so changes are the targets' and not the generator's.
/// </summary>
public static class DemoSurveyFile
{
    private const double Unanswered = 0.015;

    private static readonly string[] Frequency = ["Never", "Rarely or sometimes", "Most of the time", "All of the time"];
    private static readonly string[] Agreement = ["Strongly disagree", "Disagree", "Agree", "Strongly agree"];

    public static string Write(
        string path, string instrumentCode, IReadOnlyList<DemoRespondent> respondents, IReadOnlyDictionary<string, (double Baseline, double Change)> targets, int seed)
    {
        var instrument = SurveyInstruments.ByCode(instrumentCode);
        var words = instrument.Scale == "frequency4" ? Frequency : Agreement;
        var random = new Random(seed);
        var levels = respondents.Select(r => r.Wave).Distinct().ToDictionary(
            wave => wave,
            wave => instrument.Items.ToDictionary(i => i.Code, i => Level(Target(targets[i.Code], wave), respondents.Where(r => r.Wave == wave).Select(r => r.Belonging).ToList())));
        var csv = new StringBuilder("ID,Start time,Completion time,Email,Name,UPN,URN,Wave,Gender,SEND,Year group");
        foreach (var item in instrument.Items)
            csv.Append(CultureInfo.InvariantCulture, $",{item.Order}. {item.Text}");
        csv.Append('\n');
        foreach (var (r, id) in respondents.Select((r, n) => (r, n + 1)))
        {
            var started = r.Answered.ToDateTime(new TimeOnly(9 + random.Next(6), random.Next(50)));
            csv.Append(CultureInfo.InvariantCulture,
                $"{id},{started:dd/MM/yyyy HH:mm},{started.AddMinutes(4 + random.Next(8)):dd/MM/yyyy HH:mm},,,{r.Upn},{r.Urn},{r.Wave},{r.Gender},{r.Send},{r.YearGroup}");
            foreach (var item in instrument.Items)
                csv.Append(',').Append(random.NextDouble() < Unanswered ? "" : Answer(random, words, item.ReverseCoded, r.Belonging, levels[r.Wave][item.Code]));
            csv.Append('\n');
        }
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static double Target((double Baseline, double Change) target, string wave) =>
        (wave == "baseline" ? target.Baseline : target.Baseline + target.Change) / 100 / (1 - Unanswered);

    /// <summary>Words for a 1-4 answer: positive ones are the top two (the bottom two for a reverse-coded item).</summary>
    private static string Answer(Random random, string[] words, bool reverse, double belonging, double level)
    {
        var positive = random.NextDouble() < Logistic(level + belonging);
        var strong = random.NextDouble() < Logistic(positive ? belonging - 0.3 : -belonging - 1.2);
        var score = positive ? (strong ? 4 : 3) : (strong ? 1 : 2);
        return words[(reverse ? 5 - score : score) - 1];
    }

    /// <summary>The item level at which the respondents' mean chance of a positive answer is <paramref name="share"/> (bisection).</summary>
    private static double Level(double share, List<double> belonging)
    {
        var (low, high) = (-12.0, 12.0);
        for (var step = 0; step < 40; step++)
        {
            var middle = (low + high) / 2;
            if (belonging.Average(b => Logistic(middle + b)) < share)
                low = middle;
            else
                high = middle;
        }
        return (low + high) / 2;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
