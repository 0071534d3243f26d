using System.Text;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>England's published figures for a pupil group, drawn by the running dashboard beside the programme's.</summary>
public sealed class EnglandFiguresPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_groups_page_shows_englands_figure_for_the_same_group_and_year_naming_the_release()
    {
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync());
        var census = new StringBuilder(CensusCsv.Header).Append('\n');
        for (var pupil = 1; pupil <= 20; pupil++)
            census.Append($"{AttendanceCsv.Upn(pupil)},100001,03/10/2024,{(pupil <= 10 ? "F" : "M")},7,N,N,N,ENG,WBRI,02/09/2024,,\n");
        // The current layout by characteristic for the programme's year (figures made up for the test).
        const string england =
            "time_period,time_identifier,geographic_level,country_code,country_name,education_phase,characteristic_group,characteristic,"
            + "enrolments,possible_sessions,overall_absence,overall_absence_perc,attendance_perc\n"
            + "202425,Academic year,National,E92000001,England,Total,Sex,Female,\"3,000,000\",\"900,000,000\",\"54,900,000\",6.1,93.9\n"
            + "202425,Academic year,National,E92000001,England,Total,Sex,Male,\"3,000,000\",\"900,000,000\",\"56,700,000\",6.3,93.7\n";
        foreach (var (csv, file) in new[] { (census.ToString(), "census.csv"), (AttendanceCsv.For(100001, 20), "attendance.csv"), (england, "dfe-absence-by-characteristic-2024-25.csv") })
        {
            var import = await host.Client.PostAndWaitAsync(Exports.Form(csv, file));
            Assert.True(import.Status == "succeeded", $"{file}: {import.Status}, {import.Message}");
        }
        var lead = await host.CreateUserAsync("programme-lead");
        var signIn = await host.SignInAsync(lead.Email, lead.Password);

        var html = "";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!html.Contains("data-testid=\"england\"", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            html = await signIn.Client.GetStringAsync("/groups");
        }

        var table = html[html.IndexOf("data-testid=\"groups\"", StringComparison.Ordinal)..];
        Assert.Contains("Female, all schools: Absence 6.1%", table, StringComparison.Ordinal);
        Assert.Contains("Male, all schools: Absence 6.3%", table, StringComparison.Ordinal);
        Assert.Contains("2024/25: dfe-absence-by-characteristic-2024-25", html, StringComparison.Ordinal);
        // The chart's CSV (and its table view) holds England's rate beside the programme's, naming the release.
        var chartCsv = await signIn.Client.GetStringAsync("/api/charts/attendance-by-group.csv");
        Assert.Contains("Female,\"England, Female, all schools (DfE: dfe-absence-by-characteristic-2024-25)\",93.9,", chartCsv, StringComparison.Ordinal);
        Assert.Contains("Male,Your schools,", chartCsv, StringComparison.Ordinal);
    }
}
