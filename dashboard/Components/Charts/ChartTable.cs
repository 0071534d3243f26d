using System.Globalization;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// The figures a chart plots, as its table view shows them and its CSV holds them: a header and one line per plotted
/// point or bar, each cell as text (numbers in invariant form, as plotted). A suppressed figure is
/// <see cref="Suppressed"/>, never a number.
/// </summary>
public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The one marker every page, table and CSV gives a suppressed figure (the DfE's and ONS's "c", confidential).</summary>
    public const string Suppressed = "c";

    /// <summary>What a reader is told the marker means.</summary>
    public const string SuppressedReason = "Suppressed: fewer pupils than the minimum, or a figure that would give one away";

    /// <summary>Whether the chart has figures but every one of them is suppressed, so there is nothing to draw.</summary>
    public bool AllSuppressed =>
        Rows.Count > 0 && Rows.All(row => row.Skip(LabelColumns).All(cell => cell is Suppressed or ""));

    /// <summary>How many leading columns name a point rather than give a figure.</summary>
    public int LabelColumns { get; init; } = 1;

    /// <summary>A figure as plotted: the marker when suppressed, nothing when missing, else the number as stored.</summary>
    public static string Figure(double? value, bool suppressed) =>
        suppressed ? Suppressed : value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A count as plotted, as <see cref="Figure(double?, bool)"/>.</summary>
    public static string Figure(int? value, bool suppressed) =>
        suppressed ? Suppressed : value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
