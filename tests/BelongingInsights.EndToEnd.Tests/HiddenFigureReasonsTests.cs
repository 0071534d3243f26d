using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// Pages say why each hidden figure is hidden, as the marts record it: too few pupils, or hidden so that a smaller count
/// beside it cannot be worked out. Counted on the demonstration data against the marts, read through <c>POST /api/sql</c>.
/// </summary>
[Collection(nameof(DemoHost))]
public sealed partial class HiddenFigureReasonsTests(DemoHost fixture)
{
    [Fact]
    public async Task Leavers_says_which_counts_have_too_few_pupils_and_which_are_hidden_to_protect_a_smaller_one()
    {
        // Each count's reason, the unexplained rate's (too few on roll, else the unexplained count's) and on roll's (too few).
        var expected = await ReasonsAsync("""
            select reason, count(*)
            from (
                select unnest([
                    leavers_reason, moved_school_reason, permanent_exclusion_reason, unexplained_reason,
                    elective_home_education_reason, alternative_provision_reason, unknown_or_missing_education_reason,
                    other_destination_reason, if(on_roll is null, 'small', unexplained_reason), if(on_roll is null, 'small', null)
                ]) as reason
                from mart_roll_exit
                where grouping = 'SEND'
            )
            where reason is not null
            group by reason
            """);
        var signIn = await fixture.Host.SignInAsync(fixture.Host.AdminEmail, fixture.Host.AdminPassword);

        var html = await signIn.Client.GetOnceShownAsync("/leavers?group=SEND", "data-testid=\"exits\"");

        var table = html[html.IndexOf("data-testid=\"exits\"", StringComparison.Ordinal)..];
        Assert.True(expected.GetValueOrDefault("small") > 0 && expected.GetValueOrDefault("complement") > 0, "The demonstration's leavers by SEND hide counts for both reasons.");
        Assert.Equal(expected["small"], Regex.Count(table, "data-reason=\"small\" title=\"hidden: fewer than 10 pupils\">fewer than 10</td>"));
        Assert.Equal(expected["complement"], Regex.Count(table, "data-reason=\"complement\" title=\"hidden so that a smaller group beside it cannot be worked out\">hidden</td>"));
        Assert.DoesNotContain(">suppressed<", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Belonging_and_attendance_say_why_a_row_is_hidden()
    {
        var signIn = await fixture.Host.SignInAsync(fixture.Host.AdminEmail, fixture.Host.AdminPassword);
        var belongingPage = await signIn.Client.GetOnceShownAsync("/belonging", "data-testid=\"belonging-attendance\"");
        var attendancePage = await signIn.Client.GetOnceShownAsync("/attendance", "data-testid=\"year-to-date\"");
        // The questionnaire the page shows first, as its chart's CSV link names it.
        var instrument = ShownInstrument().Match(belongingPage).Groups[1].Value;

        var belonging = await ReasonsAsync($"""
            select suppression_reason, count(*)
            from mart_belonging_attendance
            where instrument = '{instrument}' and level = 'pupil' and urn is null and suppressed
            group by suppression_reason
            """);
        var attendance = await ReasonsAsync("""
            select suppression_reason, count(*)
            from mart_attendance_school
            where counting_window = 'year to date' and suppressed
            group by suppression_reason
            """);

        Assert.True(belonging.Count > 0, "The demonstration hides some of its belonging by attendance rows.");
        Assert.Equal(belonging, HiddenRows(belongingPage, "belonging-attendance"));
        Assert.Equal(attendance, HiddenRows(attendancePage, "year-to-date"));
    }

    /// <summary>The hidden rows of a page's table by the reason they give.</summary>
    private static Dictionary<string, long> HiddenRows(string html, string table)
    {
        var start = html.IndexOf($"data-testid=\"{table}\"", StringComparison.Ordinal);
        var rows = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return HiddenCell().Matches(rows).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    private async Task<Dictionary<string, long>> ReasonsAsync(string sql)
    {
        var answer = await fixture.Evaluator.PostAsJsonAsync("/api/sql", new { sql });
        answer.EnsureSuccessStatusCode();
        var rows = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        return rows.EnumerateArray().ToDictionary(row => row[0].GetString()!, row => row[1].GetInt64());
    }

    [GeneratedRegex("belonging-attendance\\.csv\\?instrument=([a-z0-9_-]+)")]
    private static partial Regex ShownInstrument();

    [GeneratedRegex("class=\"note suppressed\" data-reason=\"([a-z]+)\"")]
    private static partial Regex HiddenCell();
}
