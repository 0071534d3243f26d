using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Generates Microsoft Forms exports of the Belonging Matters pupil questionnaire whose item percentages match
/// the pilot's published table (<c>Samples/ncb/ncb-belonging-matters-pilot.csv</c>): anonymous pupils in ten
/// schools, a fifth of them reporting SEND, answering in words. Each pupil has a latent sense of belonging, and
/// on every item the pupils who answered are ranked by it plus noise, so items agree with each other as real
/// answers do (the scale has an internal consistency) while each item keeps its published percentages.
/// </summary>
internal static class PilotSurvey
{
    public const double SendShare = 0.2;

    private static readonly string[] Words = ["", "Never", "Rarely or sometimes", "Most of the time", "All of the time"];

    public sealed record Published(string Item, string Group, double? BaselineNegative, double? BaselinePositive, double? EndlineNegative, double? EndlinePositive);

    public static IReadOnlyList<Published> Table { get; } = File.ReadAllLines(SampleFiles.PathOf("ncb", "ncb-belonging-matters-pilot.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .Select(c => new Published(c[0], c[3], Number(c[4]), Number(c[5]), Number(c[6]), Number(c[7])))
        .ToList();

    public static string Export(string wave, int respondents)
    {
        var instrument = SurveyInstruments.ByCode("ncb-pupil");
        var send = (int)Math.Round(respondents * SendShare);
        var random = new Random(wave.GetHashCode(StringComparison.Ordinal) & 0xffff);
        var latent = Enumerable.Range(0, respondents).Select(_ => Normal(random)).ToArray();
        var answers = new string[respondents, instrument.Items.Count];
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            var item = instrument.Items[i];
            var (sendPositive, sendNegative, otherPositive, otherNegative) = Targets(item.Code, wave);
            Fill(answers, i, item.ReverseCoded, 0, send, sendPositive, sendNegative, latent, random);
            Fill(answers, i, item.ReverseCoded, send, respondents, otherPositive, otherNegative, latent, random);
        }
        var csv = new StringBuilder("ID,Start time,Completion time,Email,Name,URN,Do you have SEND?");
        foreach (var (item, number) in instrument.Items.Select((item, n) => (item, n + 1)))
            csv.Append(CultureInfo.InvariantCulture, $",{number}. {item.Text}");
        csv.Append('\n');
        for (var r = 0; r < respondents; r++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r + 1},01/10/2024 09:00:00,01/10/2024 09:07:00,anonymous,,{900201 + r % 10},{(r < send ? "Yes" : "No")}");
            for (var i = 0; i < instrument.Items.Count; i++)
                csv.Append(',').Append(answers[r, i]);
            csv.Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>Published SEND percentages, and the other pupils' percentages that make the published all-pupil ones.</summary>
    private static (double, double, double, double) Targets(string item, string wave)
    {
        var all = Table.Single(p => p.Item == item && p.Group == "all");
        var send = Table.SingleOrDefault(p => p.Item == item && p.Group == "send");
        var (allPositive, allNegative) = wave == "baseline" ? (all.BaselinePositive, all.BaselineNegative) : (all.EndlinePositive, all.EndlineNegative);
        var (sendPositive, sendNegative) = wave == "baseline" ? (send?.BaselinePositive, send?.BaselineNegative) : (send?.EndlinePositive, send?.EndlineNegative);
        var negative = allNegative ?? 100 - 2 - allPositive!.Value;
        var positive = allPositive ?? 100 - 2 - negative;
        var sp = sendPositive ?? positive;
        var sn = sendNegative ?? Math.Min(negative, 100 - sp);
        return (sp, sn, (positive - SendShare * sp) / (1 - SendShare), (negative - SendShare * sn) / (1 - SendShare));
    }

    private static void Fill(string[,] answers, int item, bool reverse, int from, int to, double positive, double negative, double[] latent, Random random)
    {
        var n = to - from;
        var positives = (int)Math.Round(n * positive / 100);
        var negatives = Math.Min(n - positives, (int)Math.Round(n * negative / 100));
        var skipped = Enumerable.Range(from, n).OrderBy(_ => random.Next()).Take(n - positives - negatives).ToHashSet();
        var order = Enumerable.Range(from, n).Where(r => !skipped.Contains(r)).OrderByDescending(r => latent[r] + Normal(random)).ToList();
        foreach (var r in skipped)
            answers[r, item] = "";
        for (var k = 0; k < order.Count; k++)
        {
            var scored = k < positives / 2 ? 4 : k < positives ? 3 : k - positives < negatives / 2 ? 2 : 1;
            answers[order[k], item] = Words[reverse ? 5 - scored : scored];
        }
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
