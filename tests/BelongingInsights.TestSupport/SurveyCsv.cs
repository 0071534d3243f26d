using System.Text;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.TestSupport;

/// <summary>Builds form-tool exports of an instrument from scored answers, for tests; pupil i has the UPN of <see cref="AttendanceCsv.Upn"/>.</summary>
public static class SurveyCsv
{
    public sealed record Respondent(int? Pupil, params int?[] Scored)
    {
        public string Send { get; init; } = "No";
    }

    /// <summary>
    /// One row per respondent at one school; <c>Scored[i]</c> is the answer to the instrument's item i with reverse
    /// coding applied (1 to 4, higher is more belonging; written back as the raw code), null for unanswered.
    /// </summary>
    public static string For(string instrument, int urn, IEnumerable<Respondent> respondents, string completed = "01/10/2024 09:07:00")
    {
        var items = SurveyInstruments.ByCode(instrument).Items;
        var csv = new StringBuilder("UPN,URN,Completion time,Do you have SEND?");
        foreach (var item in items)
            csv.Append(",\"").Append(item.Text).Append('"');
        csv.Append('\n');
        foreach (var respondent in respondents)
        {
            csv.Append(respondent.Pupil is { } pupil ? AttendanceCsv.Upn(pupil) : "").Append(',').Append(urn)
                .Append(',').Append(completed).Append(',').Append(respondent.Send);
            for (var i = 0; i < items.Count; i++)
            {
                var scored = i < respondent.Scored.Length ? respondent.Scored[i] : null;
                csv.Append(',').Append(scored is { } s ? (items[i].ReverseCoded ? 5 - s : s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            }
            csv.Append('\n');
        }
        return csv.ToString();
    }
}
