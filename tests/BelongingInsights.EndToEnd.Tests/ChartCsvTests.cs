using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The Download CSV of a chart (<c>/api/charts/{name}.csv</c>): it holds the figures of the chart's table view, which
/// are the warehouse's, follows the filters in the page's URL, and never holds a school outside the caller's scope.
/// </summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class ChartCsvTests(TwoTrustsHost fixture)
{
    [Fact]
    public async Task The_csv_holds_the_figures_of_the_table_view_and_they_are_the_warehouses()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var expected = warehouse.Rows("""
            select school_name, academic_year_label || ' ' || period, suppressed, attendance_rate
            from mart_attendance_school where urn is not null and counting_window = 'term' order by academic_year, period_order, school_name
            """).Select(r => $"{r[0]}|{r[1]}|{(r[2] == "True" ? "c" : r[3])}");

        var html = await fixture.PageAsync(Administrator, "/attendance");
        var csv = await CsvAsync(Administrator, "/attendance", html);

        Assert.Equal(TableRows(html), csv[1..]);
        Assert.Equal(expected, csv[1..].Select(r => string.Join('|', r)));
        Assert.All(csv.Skip(1).SelectMany(r => r.Skip(2)), cell => Assert.True(cell == "c" || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _), cell));
    }

    [Fact]
    public async Task The_survey_items_csv_holds_the_figures_of_its_table_view_negative_unanswered_and_positive_as_the_warehouse_does()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var expected = warehouse.Rows($"""
            select item_text || if(reverse_coded, ' (reverse-scored)', ''), wave, suppressed, negative_pct, unanswered_pct, positive_pct, positive_low, positive_high
            from mart_survey_item where instrument = '{Instrument}' and grouping = 'All respondents' and urn is null order by item_order, wave_order
            """).Select(r => string.Join('|', r[2] == "True" ? [r[0], r[1], "c", "c", "c", "c", "c"] : [r[0], r[1], .. r[3..]])).ToList();
        var html = await fixture.PageAsync(ProgrammeLead, "/belonging");

        var csv = await CsvAsync(ProgrammeLead, "/belonging", html);

        Assert.Equal(["Question", "Wave", "Negative (%)", "Unanswered (%)", "Positive (%)", "Positive 95% interval low", "Positive 95% interval high"], csv[0]);
        Assert.Equal(TableRows(html), csv[1..]);
        Assert.Equal(expected, csv[1..].Select(r => string.Join('|', r)));
        Assert.Contains(csv, r => r[0] == "I feel lonely at school (reverse-scored)");
        Assert.All(csv[1..].Where(r => r[2] != "c"), r => Assert.Equal(100, r[2..5].Sum(share => double.Parse(share, CultureInfo.InvariantCulture)), 6));
    }

    [Fact]
    public async Task The_schools_belonging_scatter_and_its_csv_hold_each_schools_attendance_and_mean_score_as_the_warehouse_does()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var expected = warehouse.Rows($"""
            select school_name, wave || ' ' || academic_year_label, suppressed, attendance_rate, mean_score, respondents
            from mart_belonging_attendance where instrument = '{Instrument}' and level = 'school' order by school_name, wave_order, academic_year
            """).Select(r => r[2] == "True" ? $"{r[0]}|{r[1]}|c|c|c" : $"{r[0]}|{r[1]}|{r[3]}|{r[4]}|{r[5]}").ToList();

        var html = await fixture.PageAsync(ProgrammeLead, "/belonging");
        var csv = await fixture.Callers[ProgrammeLead].Cookie.GetStringAsync($"/api/charts/schools-belonging-attendance.csv?instrument={Instrument}");

        Assert.Contains("data-testid=\"schools-belonging-attendance-chart\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Replace(',', '|')));
    }

    [Fact]
    public async Task The_csv_follows_the_filters_of_the_pages_url()
    {
        var path = $"/attendance?school={Cinderford.Urn}";
        var html = await fixture.PageAsync(Administrator, path);

        var csv = await CsvAsync(Administrator, path, html);

        Assert.NotEmpty(csv[1..]);
        Assert.All(csv[1..], row => Assert.Equal(Cinderford.Name, row[0]));
        Assert.Equal(TableRows(html), csv[1..]);
    }

    [Theory]
    [InlineData("attendance-by-term")]
    [InlineData("suspensions-by-term")]
    [InlineData("unexplained-exits")]
    [InlineData("scale-scores?instrument=" + Instrument)]
    [InlineData("schools-belonging-attendance?instrument=" + Instrument)]
    public async Task A_school_users_csv_never_holds_another_school_even_when_its_url_asks_for_one(string chart)
    {
        var (name, query) = (chart.Split('?')[0], chart.Contains('?', StringComparison.Ordinal) ? "&" + chart.Split('?')[1] : "");
        var own = await fixture.Callers[CinderfordSchool].Cookie.GetStringAsync($"/api/charts/{name}.csv?{query.TrimStart('&')}");
        var asked = await fixture.Callers[CinderfordSchool].Cookie.GetStringAsync($"/api/charts/{name}.csv?school={Amberfield.Urn}{query}");

        Assert.Contains(Cinderford.Name, own, StringComparison.Ordinal);
        Assert.DoesNotContain(Schools.Where(s => s != Cinderford), s => own.Contains(s.Name, StringComparison.Ordinal) || asked.Contains(s.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(Trusts, t => own.Contains(t, StringComparison.Ordinal) || asked.Contains(t, StringComparison.Ordinal));
        Assert.Single(asked.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first chart's CSV, from the Download CSV link the page gives it.</summary>
    private async Task<List<string[]>> CsvAsync(string caller, string path, string html)
    {
        var href = WebUtility.HtmlDecode(CsvLink().Match(html).Groups["href"].Value);
        Assert.StartsWith("api/charts/", href, StringComparison.Ordinal);
        Assert.Contains(new Uri(new Uri("http://x"), path).Query.TrimStart('?'), href, StringComparison.Ordinal);
        var response = await fixture.Callers[caller].Cookie.GetAsync("/" + href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Fields)];
    }

    /// <summary>A CSV line's fields (RFC 4180: a quoted field may hold commas and doubled quotes).</summary>
    internal static string[] Fields(string line) =>
        [.. CsvField().Matches(line + ",").Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups["plain"].Value)];

    /// <summary>The rows of the first chart's table view.</summary>
    internal static List<string[]> TableRows(string html)
    {
        var start = html.IndexOf("data-testid=\"chart-table\"", StringComparison.Ordinal);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return [.. Row().Matches(table).Select(row => Cell().Matches(row.Value).Select(c => WebUtility.HtmlDecode(Tags().Replace(c.Groups["cell"].Value, "")).Trim()).ToArray()).Where(r => r.Length > 0)];
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"chart-csv\"")]
    internal static partial Regex CsvLink();

    [GeneratedRegex("\\G(?:\"(?<quoted>(?:[^\"]|\"\")*)\"|(?<plain>[^,\"]*)),")]
    private static partial Regex CsvField();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(?<cell>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
