using System.Globalization;
using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// Generates Microsoft Forms exports of the Belonging Matters pupil questionnaire whose item percentages match
/// the pilot's published table (<c>Samples/ncb/ncb-belonging-matters-pilot.csv</c>): anonymous pupils in ten
/// schools, a fifth of them reporting SEND, answering in words.
/// </summary>
internal static class PilotSurvey
{
    public const double SendShare = 0.2;

    public sealed record Published(string Item, string Group, double? BaselineNegative, double? BaselinePositive, double? EndlineNegative, double? EndlinePositive);

    public static IReadOnlyList<Published> Table { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Samples", "ncb", "ncb-belonging-matters-pilot.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .Select(c => new Published(c[0], c[3], Number(c[4]), Number(c[5]), Number(c[6]), Number(c[7])))
        .ToList();

    public static string Export(string wave, int respondents)
    {
        var instrument = SurveyInstruments.ByCode("ncb-pupil");
        var send = (int)Math.Round(respondents * SendShare);
        var random = new Random(wave.GetHashCode(StringComparison.Ordinal) & 0xffff);
        var answers = new string[respondents, instrument.Items.Count];
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            var item = instrument.Items[i];
            var (sendPositive, sendNegative, otherPositive, otherNegative) = Targets(item.Code, wave);
            Fill(answers, i, item.ReverseCoded, 0, send, sendPositive, sendNegative, random);
            Fill(answers, i, item.ReverseCoded, send, respondents, otherPositive, otherNegative, random);
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

    private static void Fill(string[,] answers, int item, bool reverse, int from, int to, double positive, double negative, Random random)
    {
        var n = to - from;
        var positives = (int)Math.Round(n * positive / 100);
        var negatives = Math.Min(n - positives, (int)Math.Round(n * negative / 100));
        var order = Enumerable.Range(from, n).OrderBy(_ => random.Next()).ToList();
        for (var k = 0; k < n; k++)
        {
            var good = k % 2 == 0 ? "Most of the time" : "All of the time";
            var bad = k % 2 == 0 ? "Never" : "Rarely or sometimes";
            answers[order[k], item] = k < positives ? (reverse ? bad : good) : k < positives + negatives ? (reverse ? good : bad) : "";
        }
    }

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
