using System.Net;
using System.Text.RegularExpressions;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>Belonging sets the parents' and staff questionnaires beside the pupils', each with its own chart, table and CSV.</summary>
public sealed partial class AdultQuestionnairesTests
{
    private const int School = 100801;

    [Fact]
    public async Task The_parents_and_staff_questionnaires_show_beside_the_pupils_for_all_respondents_whatever_the_pupil_group()
    {
        await using var host = await DashboardHost.StartAsync(null);
        SurveyCsv.Respondent[] respondents =
        [
            .. Enumerable.Range(1, 9).Select(_ => new SurveyCsv.Respondent(null, 3, 3, 3, 3, 3, 3)),
            new(null, 1, 3, 3, 3, 3, 3), new(null, 2, 3, 3, 3, 3, 3), new(null, null, 3, 3, 3, 3, 3),
        ];
        foreach (var instrument in new[] { "ncb-pupil", "ncb-parent", "ncb-staff" })
        {
            var import = await host.Client.PostAndWaitAsync(Exports.Form(SurveyCsv.For(instrument, School, respondents), $"{instrument}.csv", ("wave", "baseline")));
            Assert.True(import.Status == "succeeded", $"{instrument}: {import.Status}, {import.Message}");
            await host.Client.WaitForMartsAsync(import.Id);
        }
        var signIn = await host.SignInAsync(host.AdminEmail, host.AdminPassword);

        var html = await signIn.Client.GetStringAsync("/belonging?group=SEND");

        Assert.Contains("<h2>Parents and staff</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Belonging Matters parent and carer questionnaire</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Belonging Matters staff questionnaire</h3>", html, StringComparison.Ordinal);
        var parents = CsvLinks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).Single(href => href.Contains("instrument=ncb-parent", StringComparison.Ordinal));
        Assert.Contains("group=SEND", parents, StringComparison.Ordinal);
        var csv = (await signIn.Client.GetStringAsync("/" + parents)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // 9 of 12 positive, 2 negative, 1 blank: 75, 16.67 and 8.33, the leftover tenth to the largest remainder (negative).
        Assert.Equal(["My child feels they belong at this school", "baseline", "16.7", "8.3", "75"], csv[1].Split(',')[..5]);
        Assert.Equal(7, csv.Length);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"chart-csv\"")]
    private static partial Regex CsvLinks();
}
