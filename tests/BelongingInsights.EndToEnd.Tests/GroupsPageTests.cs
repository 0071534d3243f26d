using System.Text;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>
/// The running dashboard's Pupil groups page: England's published figures for a group beside the programme's, and a
/// hidden group's row saying in words why it is hidden.
/// </summary>
public sealed class GroupsPageTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_groups_page_and_a_schools_page_show_englands_figure_for_the_same_group_and_year_naming_the_release()
    {
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync());
        // The current layout by characteristic for the programme's year (figures made up for the test).
        const string england =
            "time_period,time_identifier,geographic_level,country_code,country_name,education_phase,characteristic_group,characteristic,"
            + "enrolments,possible_sessions,overall_absence,overall_absence_perc,attendance_perc\n"
            + "202425,Academic year,National,E92000001,England,Total,Sex,Female,\"3,000,000\",\"900,000,000\",\"54,900,000\",6.1,93.9\n"
            + "202425,Academic year,National,E92000001,England,Total,Sex,Male,\"3,000,000\",\"900,000,000\",\"56,700,000\",6.3,93.7\n";
        await host.Client.ImportAllAsync((Census(pupil => pupil <= 10 ? "F" : "M", _ => "N"), "census.csv"), (AttendanceCsv.For(100001, 20), "attendance.csv"), (england, "dfe-absence-by-characteristic-2024-25.csv"));
        var lead = await host.CreateUserAsync("programme-lead");
        var signIn = await host.SignInAsync(lead.Email, lead.Password);

        var html = await signIn.Client.GetOnceShownAsync("/groups", "data-testid=\"england\"");

        var table = html[html.IndexOf("data-testid=\"groups\"", StringComparison.Ordinal)..];
        Assert.Contains("Female, all schools: Absence 6.1%", table, StringComparison.Ordinal);
        Assert.Contains("Male, all schools: Absence 6.3%", table, StringComparison.Ordinal);
        Assert.Contains("2024/25: dfe-absence-by-characteristic-2024-25", html, StringComparison.Ordinal);
        // The chart's CSV (and its table view) holds England's rate beside the programme's, naming the release.
        var chartCsv = await signIn.Client.GetStringAsync("/api/charts/attendance-by-group.csv");
        Assert.Contains("Female,\"England, Female, all schools (DfE: dfe-absence-by-characteristic-2024-25)\",93.9,", chartCsv, StringComparison.Ordinal);
        Assert.Contains("Male,Your schools,", chartCsv, StringComparison.Ordinal);

        // The school's own page: its groups beside England's for the same group, year and (the release's) phase.
        var school = await signIn.Client.GetOnceShownAsync("/schools/100001?group=Gender", "data-testid=\"school-groups-note\"");
        Assert.Contains("England, Female, all schools (DfE: dfe-absence-by-characteristic-2024-25)", school, StringComparison.Ordinal);
        var schoolCsv = await signIn.Client.GetStringAsync("/api/charts/school-groups.csv?urn=100001&group=Gender");
        Assert.Contains("Male,\"England, Male, all schools (DfE: dfe-absence-by-characteristic-2024-25)\",93.7,", schoolCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("Your schools", schoolCsv, StringComparison.Ordinal);
        Assert.Equal(5, schoolCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_groups_page_says_a_small_group_has_too_few_pupils_and_its_sibling_is_hidden_to_protect_it()
    {
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync());
        await host.Client.ImportAllAsync((Census(_ => "F", pupil => pupil <= 3 ? "K" : "N"), "census.csv"), (AttendanceCsv.For(100001, 20), "attendance.csv"));
        var lead = await host.CreateUserAsync("programme-lead");
        var signIn = await host.SignInAsync(lead.Email, lead.Password);

        var html = await signIn.Client.GetOnceShownAsync("/groups?group=SEND", "data-testid=\"groups\"");

        var table = html[html.IndexOf("data-testid=\"groups\"", StringComparison.Ordinal)..];
        Assert.Matches("<td>SEND</td>\\s*<td colspan=\"5\" class=\"note suppressed\" data-reason=\"small\">hidden: fewer than 10 pupils</td>", table);
        Assert.Matches("<td>No SEND</td>\\s*<td colspan=\"5\" class=\"note suppressed\" data-reason=\"complement\">hidden so that a smaller group beside it cannot be worked out</td>", table);
    }

    [Fact]
    public async Task A_pair_of_groups_shows_across_all_schools_and_within_one_school_says_why_it_is_not_published()
    {
        await using var host = await DashboardHost.StartAsync(await postgres.CreateDatabaseAsync());
        await host.Client.ImportAllAsync((Census(pupil => pupil <= 10 ? "F" : "M", pupil => pupil % 2 == 0 ? "K" : "N"), "census.csv"), (AttendanceCsv.For(100001, 20), "attendance.csv"));
        var lead = await host.CreateUserAsync("programme-lead");
        var signIn = await host.SignInAsync(lead.Email, lead.Password);

        var allSchools = await signIn.Client.GetOnceShownAsync("/groups?group=Gender%20%C3%97%20SEND", "data-testid=\"groups\"");
        Assert.Matches("<td>Female (·|&#xB7;) SEND</td>", allSchools);

        var oneSchool = await signIn.Client.GetOnceShownAsync("/groups?school=100001&group=Gender%20%C3%97%20SEND", "class=\"empty\"");
        Assert.Matches("Gender (×|&#xD7;) SEND is shown across all schools only", oneSchool);
        Assert.DoesNotContain("data-testid=\"school-groups\"", oneSchool, StringComparison.Ordinal);
        var single = await signIn.Client.GetOnceShownAsync("/groups?school=100001&group=Gender", "data-testid=\"school-groups\"");
        Assert.Contains("<td>Female</td>", single, StringComparison.Ordinal);
    }

    /// <summary>A census of pupils 1 to 20 at school 100001, each pupil's gender and SEN status given.</summary>
    private static string Census(Func<int, string> gender, Func<int, string> sen)
    {
        var census = new StringBuilder(CensusCsv.Header).Append('\n');
        for (var pupil = 1; pupil <= 20; pupil++)
            census.Append($"{AttendanceCsv.Upn(pupil)},100001,03/10/2024,{gender(pupil)},7,{sen(pupil)},N,N,ENG,WBRI,02/09/2024,,\n");
        return census.ToString();
    }
}
