using System.Net;
using System.Text.RegularExpressions;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>Belonging sets the parents' and staff questionnaires beside the pupils', each with its own chart, table and CSV.</summary>
public sealed partial class AdultQuestionnairesTests
{
    private const int School = 100801;

    [Fact]
    public async Task The_parents_and_staff_questionnaires_show_beside_the_pupils_and_on_their_own_for_all_respondents_whatever_the_pupil_group()
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

        // Chosen on its own with a pupil group, the parents' questionnaire says in words that it is not broken down by
        // pupil group and shows its all respondents, not a blank nor an Unknown group.
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, host, host.AdminEmail, host.AdminPassword);
        await page.GotoAsync(new Uri(host.BaseAddress, "belonging?group=SEND").ToString());
        var note = page.Locator("[data-testid=not-by-pupil-group]");
        for (var attempt = 0; attempt < 20 && !await note.IsVisibleAsync(); attempt++)
        {
            await page.Locator("#instrument").SelectOptionAsync("ncb-parent");
            await Task.Delay(500);
        }
        Assert.Equal(
            "Parents' and carers' and staff answers are not broken down by pupil group: they are not pupils, so no SEND is known for them, and they are shown for all respondents. Choose Trust or Phase to break them down.",
            await note.TextContentAsync());
        Assert.Equal("All respondents", await page.Locator("h2").First.TextContentAsync());
        Assert.Equal(1, await page.Locator("[data-testid=belonging-chart]").CountAsync());
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*data-testid=\"chart-csv\"")]
    private static partial Regex CsvLinks();
}
