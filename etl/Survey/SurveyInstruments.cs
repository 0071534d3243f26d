using BelongingInsights.Etl.Common;
using CsvHelper;

namespace BelongingInsights.Etl.Survey;

/// <summary>
/// The built-in instruments, read from the embedded <c>items.csv</c> and <c>scales.csv</c>: the Belonging Matters
/// pupil, parent and staff questionnaires and PISA's sense of belonging scale. Adding one is adding rows.
/// </summary>
public static class SurveyInstruments
{
    public static IReadOnlyList<SurveyInstrument> All { get; } = Load();

    public static SurveyInstrument ByCode(string code) => All.Single(i => i.Code == code);

    private static List<SurveyInstrument> Load()
    {
        var scales = Rows("scales.csv")
            .GroupBy(r => r["scale"])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, ScaleAnswer>)g.ToDictionary(
                r => HeaderName.Normalise(r["answer"]), r => new ScaleAnswer(int.Parse(r["value"], System.Globalization.CultureInfo.InvariantCulture), r["polarity"] == "positive")));
        return [.. Rows("items.csv").GroupBy(r => r["instrument"]).Select(g =>
        {
            var first = g.First();
            var items = g.Select((r, i) => new SurveyItem(r["item_code"], r["item_text"], r["construct"], r["reverse_coded"] == "true", i + 1,
                r["theme"].Length == 0 ? null : r["theme"])).ToList();
            return new SurveyInstrument(g.Key, first["instrument_name"], first["respondent"], first["scale"], items, scales[first["scale"]]);
        })];
    }

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var stream = typeof(SurveyInstruments).Assembly.GetManifestResourceStream($"Instruments/{file}")!;
        using var reader = CsvReader.Create(stream, new CsvReaderOptions());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => reader.GetString(c.i)));
        return rows;
    }
}
