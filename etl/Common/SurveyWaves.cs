using System.Globalization;

namespace BelongingInsights.Etl.Common;

/// <summary>Survey waves: baseline, midpoint, endline, or a dated round (<c>round 2025-03-14</c>).</summary>
public static class SurveyWaves
{
    public static string? Normalise(string text) => HeaderName.Normalise(text) switch
    {
        "" => null,
        "baseline" or "start" or "pre" or "before" or "wave1" or "t1" => "baseline",
        "midpoint" or "mid" or "middle" or "interim" => "midpoint",
        "endline" or "end" or "post" or "after" or "final" or "followup" => "endline",
        _ => UkDates.TryParse(text, out var date) ? "round " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
    };
}
