using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Survey;

/// <summary>A questionnaire, defined as data in <c>Survey/Instruments/*.csv</c>: its items and its answer scale.</summary>
public sealed record SurveyInstrument(
    string Code, string Name, string Respondent, string Scale, IReadOnlyList<SurveyItem> Items, IReadOnlyDictionary<string, ScaleAnswer> Answers)
{
    public int MaxValue => Answers.Values.Max(a => a.Value);

    /// <summary>An answer given as the scale's words or as its numeric code (1 = lowest), case and punctuation ignored.</summary>
    public ScaleAnswer? Answer(string text)
    {
        if (Answers.TryGetValue(HeaderName.Normalise(text), out var answer))
            return answer;
        return int.TryParse(text.Trim(), out var code) && code >= 1 && code <= MaxValue
            ? Answers.Values.First(a => a.Value == code)
            : null;
    }
}
