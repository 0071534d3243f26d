using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The leavers page says why each hidden count is hidden, as the mart records it: too few pupils, or hidden so that a
/// smaller count beside it cannot be worked out. Counted on the demonstration data against the mart, read through
/// <c>POST /api/sql</c>.
/// </summary>
[Collection(nameof(DemoHost))]
public sealed class HiddenFigureReasonsTests(DemoHost fixture)
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
    public async Task Leavers_says_in_words_where_a_grouping_has_no_destinations_or_exit_types_instead_of_a_blank()
    {
        // A single group's rows: exit types shown, destinations said in words; a pair's rows: leavers only, the rest in
        // words and no chart of unexplained exits. The mart's counts there are null, with no reason.
        var rows = await ReasonsAsync("""
            select grouping || ' ' || by_exit_type || ' ' || by_destination, count(*)
            from mart_roll_exit
            where grouping in ('SEND', 'Gender × SEND') and elective_home_education is null and elective_home_education_reason is null
            group by all
            """);
        var signIn = await fixture.Host.SignInAsync(fixture.Host.AdminEmail, fixture.Host.AdminPassword);

        var single = await signIn.Client.GetOnceShownAsync("/leavers?group=SEND", "data-testid=\"exits\"");
        var pair = await signIn.Client.GetOnceShownAsync("/leavers?group=Gender%20%C3%97%20SEND", "data-testid=\"exits\"");

        Assert.Equal(["Gender × SEND false false", "SEND true false"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(rows["SEND true false"], Regex.Count(single, "<td colspan=\"4\" class=\"note\" data-testid=\"not-published\">Destinations are shown for all pupils only</td>"));
        Assert.Contains("data-testid=\"exit-chart\"", single, StringComparison.Ordinal);
        Assert.Equal(rows["Gender × SEND false false"],
            Regex.Count(pair, "<td colspan=\"8\" class=\"note\" data-testid=\"not-published\">How they left is shown for all pupils, and across all schools for a single group, only</td>"));
        Assert.DoesNotContain("data-testid=\"exit-chart\"", pair, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"exit-chart-not-published\"", pair, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, long>> ReasonsAsync(string sql)
    {
        var answer = await fixture.Evaluator.PostAsJsonAsync("/api/sql", new { sql });
        answer.EnsureSuccessStatusCode();
        var rows = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        return rows.EnumerateArray().ToDictionary(row => row[0].GetString()!, row => row[1].GetInt64());
    }
}
