using System.Text;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Text from data made safe for Plotly, which renders a subset of HTML (links among it) in trace names, hover text
/// and axis labels: every school, trust, group, wave or item name passes through <see cref="Label"/> first.
/// </summary>
public static class ChartText
{
    /// <summary>
    /// Escapes the characters of HTML markup. Quotes become numeric references because Plotly decodes only those
    /// and a few named ones (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>), so <c>&amp;quot;</c> would show as typed.
    /// </summary>
    public static string Label(string text) => new StringBuilder(text)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&#34;").Replace("'", "&#39;")
        .ToString();
}
