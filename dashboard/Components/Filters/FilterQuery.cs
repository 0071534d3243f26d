using BelongingInsights.Warehouse.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace BelongingInsights.Dashboard.Components.Filters;

/// <summary>The names the filters take in the URL's query, e.g. <c>?trust=…&amp;school=&lt;URN&gt;&amp;year=2024%2F25</c>.</summary>
public static class FilterQuery
{
    public const string Trust = "trust";
    public const string School = "school";
    public const string Phase = "phase";
    public const string Year = "year";
    public const string Term = "term";
    public const string Wave = "wave";
    public const string Group = "group";

    /// <summary>Each filter's URL name, its flag and the label the bar and the notes give it.</summary>
    public static readonly IReadOnlyList<(string Name, FilterFields Field, string Label)> Fields =
    [
        (Trust, FilterFields.Trust, "Trust"),
        (School, FilterFields.School, "School"),
        (Phase, FilterFields.Phase, "Phase"),
        (Year, FilterFields.Year, "Academic year"),
        (Term, FilterFields.Term, "Term"),
        (Wave, FilterFields.Wave, "Survey wave"),
        (Group, FilterFields.Group, "Pupil group"),
    ];

    /// <summary>The filters of a URL query, read through <paramref name="parameter"/> (a blank or unreadable value is no filter).</summary>
    public static DashboardFilter From(Func<string, string?> parameter)
    {
        string? Text(string name) => string.IsNullOrWhiteSpace(parameter(name)) ? null : parameter(name);
        return new DashboardFilter(
            Text(Trust),
            int.TryParse(parameter(School), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var urn) ? urn : null,
            Text(Phase),
            Text(Year),
            Text(Term),
            Text(Wave),
            Text(Group));
    }

    /// <summary>
    /// The filters of an address as a query to carry onto another page's link (<c>?trust=…&amp;year=…</c>, or empty
    /// when none is chosen), so moving between pages keeps what the reader chose; other parameters stay behind.
    /// </summary>
    public static string Carried(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        var carried = Fields
            .Where(field => query.TryGetValue(field.Name, out var value) && !string.IsNullOrWhiteSpace(value))
            .Select(field => KeyValuePair.Create(field.Name, (string?)query[field.Name].ToString()));
        return QueryHelpers.AddQueryString("", carried);
    }
}
