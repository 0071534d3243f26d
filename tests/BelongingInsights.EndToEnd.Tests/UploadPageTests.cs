using System.Net.Http.Json;
using BelongingInsights.Etl.Common;
using Microsoft.Playwright;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>The upload page: files dropped, described in words before they load, then followed to the dashboard.</summary>
public sealed class UploadPageTests(UploadPageTests.EmptyHost empty) : IClassFixture<UploadPageTests.EmptyHost>
{
    /// <summary>One host with no data, shared by the tests: each sends files of its own.</summary>
    public sealed class EmptyHost : IAsyncLifetime
    {
        public DashboardHost Host { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Host = await DashboardHost.StartAsync(null);

        public async ValueTask DisposeAsync() => await Host.DisposeAsync();
    }

    private DashboardHost Host => empty.Host;

    [Fact]
    public async Task Two_dropped_files_show_their_kinds_in_words_and_progress_to_on_the_dashboard()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await DashboardBrowserTests.SignInAsync(page, Host, Host.AdminEmail, Host.AdminPassword);
        await page.GotoAsync(new Uri(Host.BaseAddress, "upload").ToString());

        var kinds = page.Locator("[data-testid=detected-kind]");
        for (var attempt = 0; attempt < 20 && await kinds.CountAsync() < 2; attempt++)
        {
            await DropAsync(page,
                ("summary.csv", AttendanceCsv.WithNames(100701, "Dropped Primary", 25)),
                ("marks.csv", MarksCsv.For(100702, 5, new DateOnly(2024, 9, 2), 10)));
            await Task.Delay(500);
        }

        Assert.Equal(["Attendance summary", "Attendance session marks"],
            (await kinds.AllTextContentsAsync()).Select(text => text[..text.IndexOf(" (", StringComparison.Ordinal)]));
        await page.GetByText("100701", new() { Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        var stages = page.Locator("[data-testid=stage]", new() { HasText = "On the dashboard" });
        for (var waited = 0; waited < 120 && await stages.CountAsync() < 2; waited++)
            await Task.Delay(500);

        Assert.Equal(2, await stages.CountAsync());
        Assert.Equal(["100"], (await page.Locator("progress").EvaluateAllAsync<string[]>("bars => bars.map(b => String(b.value))")).Distinct());
        Assert.Equal(2, await page.Locator("td.status-succeeded").CountAsync());
        Assert.DoesNotContain("attendance-marks", await page.Locator("[data-testid=uploads]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_that_does_not_say_its_period_asks_for_it_and_loads_for_the_term_chosen()
    {
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, Host, Host.AdminEmail, Host.AdminPassword);
        await page.GotoAsync(new Uri(Host.BaseAddress, "upload").ToString());
        var lastYear = UkDates.AcademicYearOf(DateOnly.FromDateTime(DateTime.UtcNow)) - 1;
        var spring = ReportPeriod.Term(lastYear, 1);
        var csv = new System.Text.StringBuilder("UPN,URN,Possible,Present,AEA,Authorised,Unauthorised\n");
        for (var pupil = 1; pupil <= 12; pupil++)
            csv.Append($"{AttendanceCsv.Upn(pupil)},100711,100,90,0,6,4\n");

        var problem = page.Locator("[data-testid=period-problem]");
        for (var attempt = 0; attempt < 20 && await problem.CountAsync() == 0; attempt++)
        {
            await DropAsync(page, ("undated.csv", csv.ToString()));
            await Task.Delay(500);
        }
        Assert.Equal("Its rows and title do not say which period it covers: choose it under Period.", await problem.InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await page.GetByText("undated.csv does not say which period it covers: choose it under Period before uploading.").WaitForAsync();

        await page.Locator("#period-term").SelectOptionAsync(ReportPeriod.TermField(lastYear, 1));
        await problem.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        var done = page.Locator("[data-testid=stage]", new() { HasText = "On the dashboard" });
        await done.WaitForAsync(new() { Timeout = 60_000 });

        var import = Assert.Single((await Host.Client.GetFromJsonAsync<List<ImportStatusResponse>>("/api/imports"))!, i => i.FileName == "undated.csv");
        Assert.Equal(("succeeded", 12, spring.Text), (import.Status, import.RowsLoaded, import.Period));
    }

    /// <summary>Drops files on the drop zone the way a browser does: a drop event carrying them in its DataTransfer.</summary>
    private static async Task DropAsync(IPage page, params (string Name, string Text)[] files)
    {
        var transfer = await page.EvaluateHandleAsync(
            "files => { const dt = new DataTransfer(); for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' })); return dt; }",
            files.Select(f => new { name = f.Name, text = f.Text }).ToArray());
        await page.Locator(".drop-zone").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
    }
}
