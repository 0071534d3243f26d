using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsFiles;
using static BelongingInsights.EndToEnd.Tests.TwoTrustsHost;

namespace BelongingInsights.EndToEnd.Tests;

/// <summary>A school's page (<c>/schools/{urn}</c>) and its printable evidence pack (<c>/schools/{urn}/evidence</c>): only for callers who may see the school, their figures the warehouse's.</summary>
[Collection(nameof(TwoTrustsHost))]
public sealed partial class SchoolPageTests(TwoTrustsHost fixture)
{
    [Theory]
    [InlineData(KestrelTrust, 140003)]
    [InlineData(CinderfordSchool, 140001)]
    [InlineData(Administrator, 999999)]
    public async Task A_school_the_caller_may_not_see_is_not_found_and_not_named(string caller, int urn)
    {
        var response = await fixture.Callers[caller].Cookie.GetAsync($"/schools/{urn}");
        var html = FilterBarTests.WithoutFilterBar(await response.Content.ReadAsStringAsync());
        var csv = await fixture.Callers[caller].Cookie.GetStringAsync($"/api/charts/school-attendance.csv?urn={urn}");
        var groups = await fixture.Callers[caller].Cookie.GetStringAsync($"/api/charts/school-groups.csv?urn={urn}&group=FSM");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Schools.Where(s => s.Urn == urn).Select(s => s.Name).SingleOrDefault() ?? "no such school", html, StringComparison.Ordinal);
        Assert.Equal("Area,Period,Attendance rate (%)", csv.Trim());
        Assert.Equal("Group,Figures from,Attendance rate (%),Persistent absence (%)", groups.Trim());
    }

    [Fact]
    public async Task The_schools_groups_are_the_warehouses_for_that_school_in_its_newest_year_by_the_group_chosen()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var expected = warehouse.Rows($$"""
            select fsm, suppressed, attendance_rate, persistent_absence_rate from mart_attendance_group
            where urn = {{Amberfield.Urn}} and grouping = 'FSM' and counting_window = 'year to date'
                and academic_year = (select max(academic_year) from mart_attendance_group where urn = {{Amberfield.Urn}})
            """).Select(r => r[1] == "True" ? $"{r[0]}|{Amberfield.Name}|c|c" : $"{r[0]}|{Amberfield.Name}|{Rounded(r[2])}|{Rounded(r[3])}")
            .Order(StringComparer.Ordinal);

        var html = await fixture.PageAsync(ProgrammeLead, $"/schools/{Amberfield.Urn}?group=FSM");
        var csv = await fixture.Callers[ProgrammeLead].Cookie.GetStringAsync($"/api/charts/school-groups.csv?urn={Amberfield.Urn}&group=FSM");

        Assert.Contains($"Attendance and persistent absence by FSM, {Amberfield.Name}", html, StringComparison.Ordinal);
        Assert.Contains("No DfE release by this breakdown is loaded", html, StringComparison.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(line => line.Split(',')).Select(f => $"{f[0]}|{f[1]}|{Rounded(f[2])}|{Rounded(f[3])}").Order(StringComparer.Ordinal));
    }

    private static string Rounded(string cell) =>
        cell == "c" ? cell : Math.Round(double.Parse(cell, CultureInfo.InvariantCulture), 6).ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(CinderfordSchool, 140003, Heron, false)]
    [InlineData(Administrator, 140001, Kestrel, true)]
    [InlineData(Administrator, 140005, "Maintained school (in no trust)", false)]
    public async Task The_page_gives_the_school_in_words_and_the_warehouses_figures(string caller, int urn, string trust, bool trustFigure)
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var attendance = warehouse.Rows($"""
            select academic_year_label, round(attendance_rate, 2), enrolments from mart_attendance_school
            where counting_window = 'year to date' and urn = {urn}
            """).Single();
        var suspensions = warehouse.Rows($"""
            select academic_year_label, suppressed or suspensions is null, round(suspension_rate, 2) from mart_exclusions_school
            where counting_window = 'year to date' and urn = {urn}
            """).Single();

        var html = await fixture.PageAsync(caller, $"/schools/{urn}");

        var school = Schools.Single(s => s.Urn == urn);
        Assert.Equal([trust, "Primary", LocalAuthority(school).Name], new[] { "profile-trust", "profile-phase", "profile-la" }.Select(id => Testid(id).Match(html).Groups["text"].Value));
        var attendanceTile = Headline(html, "Attendance (%)");
        Assert.Contains($"data-period=\"{attendance[0]}\"", attendanceTile, StringComparison.Ordinal);
        Assert.Equal(double.Parse(attendance[1], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("headline-value").Match(attendanceTile).Groups["text"].Value);
        Assert.Matches($"data-testid=\"headline-latest\" data-period=\"{Regex.Escape(attendance[0])}\">[0-9.]+ \\(95% interval [0-9.]+ to [0-9.]+; n = {attendance[2]}\\)<", attendanceTile);
        var suspensionTile = Headline(html, "Suspensions per 100 pupils");
        if (suspensions[1] == "True")
            Assert.Contains("suppressed: fewer than 10 pupils", suspensionTile, StringComparison.Ordinal);
        else
            Assert.Equal(double.Parse(suspensions[2], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("headline-value").Match(suspensionTile).Groups["text"].Value);
        var questionnaire = warehouse.Rows($"select name from dim_instrument where instrument = '{Instrument}'").Single()[0];
        var belonging = Headline(html, $"\"I feel like I belong\": % positive, {questionnaire}");
        var endline = warehouse.Rows($"""
            select round(positive_pct, 2), respondents from mart_survey_item
            where urn = {urn} and instrument = '{Instrument}' and item_code = 'pisa_belong' and grouping = 'All respondents' and wave = 'endline' and not suppressed
            """).Single();
        Assert.Equal(double.Parse(endline[0], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture), Testid("headline-value").Match(belonging).Groups["text"].Value);
        Assert.Contains($"; n = {endline[1]})", belonging, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"headline-first\" data-period=\"baseline\"", belonging, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"headline-change\">Change [+-][0-9.]+ \\(95% interval [+-][0-9.]+ to [+-][0-9.]+: (unlikely to|could) be chance alone\\)<", belonging);
        Assert.Equal(trustFigure, html.Contains($"Other schools in {trust}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Administrator, 140001, true, true)]
    [InlineData(KestrelTrust, 140001, true, false)]
    [InlineData(CinderfordSchool, 140003, false, false)]
    public async Task Beside_each_headline_stand_the_trusts_and_all_schools_figures_the_warehouses_hidden_in_words_and_none_for_a_schools_user(
        string caller, int urn, bool trustFigure, bool allSchoolsFigure)
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var html = FilterBarTests.WithoutFilterBar(await fixture.PageAsync(caller, $"/schools/{urn}"));

        var trust = Schools.Single(s => s.Urn == urn).Trust;
        foreach (var (testid, shown, where, area) in new[]
        {
            ("headline-trust", trustFigure, $"= '{trust}'", $"All schools of {trust}"),
            ("headline-programme", allSchoolsFigure, "is null", "All schools"),
        })
        {
            if (!shown)
            {
                Assert.DoesNotContain($"data-testid=\"{testid}\"", html, StringComparison.Ordinal);
                continue;
            }
            var attendance = warehouse.Rows($"""
                select academic_year_label, suppressed, round(attendance_rate, 2), round(persistent_absence_rate, 2), enrolments from mart_attendance_school
                where counting_window = 'year to date' and urn is null and phase is null and trust {where}
                """).Single();
            var suspensions = warehouse.Rows($"""
                select academic_year_label, suspensions is null or pupils_on_roll is null, round(100.0 * suspensions / pupils_on_roll, 2), pupils_on_roll
                from mart_exclusions_school
                where counting_window = 'year to date' and urn is null and trust {where}
                """).Single();
            foreach (var (measure, row, value) in new[] { ("Attendance (%)", attendance, attendance[2]), ("Persistent absence (%)", attendance, attendance[3]), ("Suspensions per 100 pupils", suspensions, suspensions[2]) })
            {
                var tile = Headline(html, measure);
                Assert.Contains($"<dt>{area}</dt>", tile, StringComparison.Ordinal);
                var cell = Testid(testid).Match(tile).Groups["text"].Value;
                if (row[1] == "True")
                    Assert.StartsWith($"{row[0]}: hidden", cell, StringComparison.Ordinal);
                else
                    Assert.StartsWith($"{row[0]}: {double.Parse(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)} (95% interval ", cell, StringComparison.Ordinal);
                if (row[1] == "False")
                    Assert.Contains($"; n = {row[^1]})", cell, StringComparison.Ordinal);
            }
        }
        if (caller == Administrator)
            Assert.Contains("hidden: fewer than 10 pupils or events", Testid("headline-trust").Match(Headline(html, "Suspensions per 100 pupils")).Groups["text"].Value, StringComparison.Ordinal);
        if (caller == CinderfordSchool)
            Assert.DoesNotContain("All schools", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Administrator, 140001, "is null", "All schools")]
    [InlineData(KestrelTrust, 140001, $"= '{Kestrel}'", $"All schools of {Kestrel}")]
    [InlineData(CinderfordSchool, 140003, null, null)]
    public async Task The_attendance_chart_draws_the_callers_whole_view_by_term_its_csv_the_warehouses_and_none_for_a_schools_user(string caller, int urn, string? trust, string? area)
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);

        var csv = await fixture.Callers[caller].Cookie.GetStringAsync($"/api/charts/school-attendance.csv?urn={urn}");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{Schools.Single(s => s.Urn == urn).Name},", StringComparison.Ordinal));
        if (area is null)
        {
            Assert.DoesNotContain(lines, l => l.StartsWith("All schools", StringComparison.Ordinal));
            return;
        }
        var expected = warehouse.Rows($"""
            select academic_year_label || ' ' || period, suppressed, round(attendance_rate, 2) from mart_attendance_school
            where counting_window = 'term' and urn is null and phase is null and trust {trust} order by academic_year, period_order
            """).Select(r => $"{area},{r[0]},{(r[1] == "True" ? "c" : Rounded(r[2]))}");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines.Where(l => l.StartsWith($"{area},", StringComparison.Ordinal)).Select(l => l.Split(',')).Select(f => $"{f[0]},{f[1]},{Rounded(f[2])}"));
    }

    [Fact]
    public async Task The_trust_figure_is_its_other_schools_attendance_and_the_chart_csv_holds_the_school()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var other = warehouse.Rows($"select attendance_rate from mart_attendance_school where counting_window = 'year to date' and urn = {Bramblewood.Urn}").Single();

        var html = await fixture.PageAsync(Administrator, $"/schools/{Amberfield.Urn}");
        var csv = await fixture.Callers[Administrator].Cookie.GetStringAsync($"/api/charts/school-attendance.csv?urn={Amberfield.Urn}");

        var trustRow = html[html.IndexOf("data-area=\"2\"", StringComparison.Ordinal)..];
        Assert.Equal(double.Parse(other[0], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) + "%", Testid("comparison-attendance").Match(trustRow).Groups["text"].Value);
        Assert.Contains($"{Amberfield.Name},", csv, StringComparison.Ordinal);
        Assert.Contains($"Other schools in {Kestrel},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overviews_small_multiples_and_a_chosen_school_link_to_its_page()
    {
        var overview = await fixture.PageAsync(KestrelTrust, "/");
        var attendance = await fixture.PageAsync(KestrelTrust, $"/attendance?school={Amberfield.Urn}");

        Assert.Contains($"href=\"schools/{Amberfield.Urn}\">{Amberfield.Name}</a></h3>", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"schools/{Amberfield.Urn}\" data-testid=\"school-page-link\"", attendance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_pack_sets_out_the_schools_attendance_pupil_voice_and_audit_as_the_warehouse_holds_them()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var attendance = warehouse.Rows($"""
            select academic_year_label, attendance_rate, enrolments from mart_attendance_school
            where counting_window = 'year to date' and urn = {Amberfield.Urn}
            """).Single();
        var scale = warehouse.Rows($"""
            select wave, mean_score from mart_survey_scale
            where instrument = '{Instrument}' and urn = {Amberfield.Urn} and grouping = 'All respondents' and not suppressed order by wave_order
            """);
        var groups = warehouse.Rows($"""
            select disadvantaged, enrolments from mart_attendance_group
            where urn = {Amberfield.Urn} and grouping = 'Disadvantaged' and counting_window = 'year to date' and not suppressed
            """);
        var audit = warehouse.Rows($"select area, round, items_rated from mart_audit_area where urn = {Amberfield.Urn} order by area_order, round_order");

        var html = await fixture.PageAsync(ProgrammeLead, $"/schools/{Amberfield.Urn}/evidence");

        Assert.Contains($"{Amberfield.Name}: evidence pack", html, StringComparison.Ordinal);
        Assert.Contains("every academic year and survey wave loaded", html, StringComparison.Ordinal);
        Assert.Contains("fewer than 10 pupils (or respondents) is hidden", html, StringComparison.Ordinal);
        var rate = double.Parse(attendance[1], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        Assert.Matches($"<td>{Regex.Escape(attendance[0])}</td>\\s*<td>{Regex.Escape(Amberfield.Name)}</td>\\s*<td>{Regex.Escape(rate)}</td>\\s*<td>[^<]*</td>\\s*<td>{attendance[2]}</td>",
            Section(html, "evidence-attendance"));
        Assert.NotEmpty(scale);
        foreach (var wave in scale)
        {
            var mean = double.Parse(wave[1], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.Matches($"<td>{wave[0]}</td>\\s*<td>\\d+</td>\\s*<td>{mean}</td>", Section(html, "evidence-scale"));
        }
        Assert.NotEmpty(audit);
        Assert.NotEmpty(groups);
        Assert.Equal(audit.Select(a => $"{a[0]}|{a[1]}|{a[2]}"), AuditRow().Matches(Section(html, "evidence-audit")).Select(m => $"{WebUtility.HtmlDecode(m.Groups["area"].Value)}|{m.Groups["round"].Value}|{m.Groups["items"].Value}"));
        foreach (var group in groups)
            Assert.Matches($"<td>Disadvantaged</td>\\s*<td>{Regex.Escape(group[0])}</td>\\s*<td>{group[1]}</td>", Section(html, "evidence-groups"));
    }

    [Theory]
    [InlineData(Administrator, 140001, true)]
    [InlineData(CinderfordSchool, 140003, false)]
    public async Task The_evidence_pack_opens_with_the_school_pages_headline_figures_and_what_stands_beside_them(string caller, int urn, bool beside)
    {
        var page = await fixture.PageAsync(caller, $"/schools/{urn}");
        var pack = await fixture.PageAsync(caller, $"/schools/{urn}/evidence");

        var tiles = HeadlineTile().Matches(page).Select(m => m.Value).ToList();
        Assert.Contains(tiles, tile => tile.Contains("data-measure=\"Attendance (%)\"", StringComparison.Ordinal) && tile.Contains("(95% interval ", StringComparison.Ordinal));
        var start = pack.IndexOf("data-testid=\"evidence-headlines\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The pack has no headline figures.");
        var headlines = pack[start..pack.IndexOf("data-testid=\"evidence-achieve\"", start, StringComparison.Ordinal)];
        Assert.Equal(tiles, HeadlineTile().Matches(headlines).Select(m => m.Value));
        Assert.Equal(beside, headlines.Contains("data-testid=\"headline-programme\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_evidence_packs_charts_csvs_hold_their_table_views_figures_which_are_the_warehouses()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var questionnaire = warehouse.Rows($"select name from dim_instrument where instrument = '{Instrument}'").Single()[0];
        var school = $"urn = {Amberfield.Urn}";
        var expected = new Dictionary<string, List<string>>
        {
            ["evidence-attendance"] = Expected(warehouse, $"select academic_year_label, suppressed, attendance_rate from mart_attendance_school where counting_window = 'year to date' and {school}"),
            ["evidence-persistent-absence"] = Expected(warehouse, $"select academic_year_label, suppressed, persistent_absence_rate from mart_attendance_school where counting_window = 'year to date' and {school}"),
            ["evidence-groups&grouping=Disadvantaged"] = Expected(warehouse,
                $"select disadvantaged, academic_year_label, suppressed, attendance_rate from mart_attendance_group where {school} and grouping = 'Disadvantaged' and counting_window = 'year to date' order by disadvantaged, academic_year"),
            [$"evidence-scale&questionnaire={Uri.EscapeDataString(questionnaire)}"] = Expected(warehouse,
                $"select '{Amberfield.Name}', wave, suppressed, mean_score, mean_low, mean_high from mart_survey_scale where instrument = '{Instrument}' and {school} and grouping = 'All respondents' order by wave_order"),
            ["evidence-belonging-groups&grouping=Disadvantaged"] = Expected(warehouse,
                $"select disadvantaged, wave, suppressed, mean_score, mean_low, mean_high from mart_survey_scale where instrument = '{Instrument}' and {school} and grouping = 'Disadvantaged' order by disadvantaged, wave_order"),
            ["evidence-audit"] = Expected(warehouse, $"select area, round, false, fully_met, partially_met, not_yet_met from mart_audit_area where {school} order by area_order, round_order"),
            [$"evidence-items&questionnaire={Uri.EscapeDataString(questionnaire)}"] = Expected(warehouse, $"""
                select item_text || case when reverse_coded then ' (reverse-scored)' else '' end, wave, suppressed, negative_pct, unanswered_pct, positive_pct, positive_low, positive_high
                from mart_survey_item where instrument = '{Instrument}' and {school} and grouping = 'All respondents' order by item_order, wave_order
                """),
        };

        var html = await fixture.PageAsync(ProgrammeLead, $"/schools/{Amberfield.Urn}/evidence");
        var csvs = new Dictionary<string, List<string[]>>();
        foreach (var frame in ChartFrame().Matches(html).Select(m => m.Value))
        {
            var href = WebUtility.HtmlDecode(ChartCsvTests.CsvLink().Match(frame).Groups["href"].Value);
            var csv = (await fixture.Callers[ProgrammeLead].Cookie.GetStringAsync("/" + href)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ChartCsvTests.Fields).ToList();
            Assert.Equal(ChartCsvTests.TableRows(frame), csv[1..]);
            csvs[ChartKey(href)] = csv;
        }
        var outside = await fixture.Callers[KestrelTrust].Cookie.GetStringAsync($"/api/charts/evidence-attendance.csv?urn={Cinderford.Urn}");
        var outsideBelonging = await fixture.Callers[KestrelTrust].Cookie.GetStringAsync($"/api/charts/evidence-belonging-groups.csv?urn={Cinderford.Urn}&grouping=Disadvantaged");

        Assert.Superset(new HashSet<string> { "evidence-attendance", "evidence-groups&grouping=SEND", "evidence-belonging-groups&grouping=SEND", "evidence-suspensions", "evidence-leavers", "evidence-audit" }, csvs.Keys.ToHashSet());
        foreach (var (chart, rows) in expected)
        {
            var byYear = chart.StartsWith("evidence-attendance", StringComparison.Ordinal) || chart.StartsWith("evidence-persistent", StringComparison.Ordinal);
            var figures = csvs[chart][1..].Where(r => !byYear || r[1] == Amberfield.Name).Select(r => string.Join('|', byYear ? r.Where((_, i) => i != 1) : r));
            Assert.NotEmpty(rows);
            Assert.Equal(rows, figures);
        }
        Assert.Equal("Year,Beside,Attendance rate (%)", outside.Trim());
        Assert.Equal("Respondents,Wave,Mean score,95% interval low,95% interval high", outsideBelonging.Trim());
    }

    [Fact]
    public async Task The_schools_survey_items_and_audit_are_drawn_on_its_page_their_table_views_and_csvs_the_warehouses_for_that_school_only()
    {
        using var warehouse = await WarehouseSnapshot.PublishedNowAsync(fixture.Host);
        var school = $"urn = {Amberfield.Urn}";
        var expected = new Dictionary<string, List<string>>
        {
            ["survey-items"] = Expected(warehouse, $"""
                select item_text || case when reverse_coded then ' (reverse-scored)' else '' end, wave, suppressed, negative_pct, unanswered_pct, positive_pct, positive_low, positive_high
                from mart_survey_item where instrument = '{Instrument}' and {school} and grouping = 'All respondents' order by item_order, wave_order
                """),
            ["audit"] = Expected(warehouse, $"select area, round, false, fully_met, partially_met, not_yet_met from mart_audit_area where {school} order by area_order, round_order"),
        };

        var html = await fixture.PageAsync(KestrelTrust, $"/schools/{Amberfield.Urn}");
        var drawn = new Dictionary<string, List<string>>();
        foreach (var frame in ChartFrame().Matches(html).Select(m => m.Value).Where(f => f.Contains("data-testid=\"belonging-chart\"", StringComparison.Ordinal) || f.Contains("data-testid=\"audit-chart\"", StringComparison.Ordinal)))
        {
            var href = WebUtility.HtmlDecode(ChartCsvTests.CsvLink().Match(frame).Groups["href"].Value);
            var csv = (await fixture.Callers[KestrelTrust].Cookie.GetStringAsync("/" + href)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ChartCsvTests.Fields).ToList();
            Assert.Equal(ChartCsvTests.TableRows(frame), csv[1..]);
            drawn[href["api/charts/".Length..href.IndexOf(".csv", StringComparison.Ordinal)]] = [.. csv[1..].Select(r => string.Join('|', r))];
        }
        var outsideItems = await fixture.Callers[KestrelTrust].Cookie.GetStringAsync($"/api/charts/survey-items.csv?instrument={Instrument}&grouping=All%20respondents&respondents=&school={Cinderford.Urn}");
        var outsideAudit = await fixture.Callers[KestrelTrust].Cookie.GetStringAsync($"/api/charts/audit.csv?urn={Cinderford.Urn}");

        Assert.Equal(expected.Keys.Order(), drawn.Keys.Order());
        foreach (var (chart, rows) in expected)
        {
            Assert.NotEmpty(rows);
            Assert.Equal(rows, drawn[chart]);
        }
        Assert.Single(outsideItems.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(outsideAudit.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task On_a_phone_the_schools_page_with_its_survey_items_and_audit_is_no_wider_than_the_screen()
    {
        var user = await fixture.Host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, user.Email, user.Password);
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, $"schools/{Amberfield.Urn}").ToString());
        await page.Locator("[data-testid=audit-chart] .main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("[data-testid=belonging-chart] .main-svg").First.WaitForAsync(new() { Timeout = 60_000 });

        var wider = await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('.main-svg, body *')]
                .filter(e => e.getBoundingClientRect().right > 390 && !e.closest('.chart-table, .table-scroll'))
                .map(e => `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}px`)
                .slice(0, 10).join('\n')
            """);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), $"The page is wider than a phone:\n{wider}");
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('[data-testid=audit-chart] .main-svg, [data-testid=belonging-chart] .main-svg')].every(s => s.getBoundingClientRect().right <= 390)"), $"A chart is wider than a phone:\n{wider}");
    }

    /// <summary>A query's rows as a chart's CSV gives them: its labels, then its figures or, when the row is suppressed (the column after the labels), the marker.</summary>
    private static List<string> Expected(WarehouseSnapshot warehouse, string sql) =>
        [.. warehouse.Rows(sql).Select(r =>
        {
            var labels = r.TakeWhile(c => c is not ("True" or "False")).ToList();
            var figures = r.Skip(labels.Count + 1);
            return string.Join('|', labels.Concat(r[labels.Count] == "True" ? figures.Select(_ => "c") : figures));
        })];

    /// <summary>A chart CSV link's name and its own parameters beyond the school and filters (grouping, questionnaire), e.g. <c>evidence-groups&amp;grouping=SEND</c>.</summary>
    private static string ChartKey(string href)
    {
        var name = href["api/charts/".Length..href.IndexOf(".csv", StringComparison.Ordinal)];
        var query = href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&');
        return name + string.Concat(query.Where(p => p.StartsWith("grouping=", StringComparison.Ordinal) || p.StartsWith("questionnaire=", StringComparison.Ordinal)).Select(p => "&" + p));
    }

    [Fact]
    public async Task A_school_the_caller_may_not_see_has_no_evidence_pack_and_is_not_named()
    {
        var response = await fixture.Callers[KestrelTrust].Cookie.GetAsync($"/schools/{Cinderford.Urn}/evidence");
        var html = FilterBarTests.WithoutFilterBar(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Cinderford.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schools_page_links_to_its_evidence_pack_with_the_year_chosen_and_the_pack_keeps_to_it()
    {
        var page = await fixture.PageAsync(Administrator, $"/schools/{Amberfield.Urn}?year=2023%2F24");
        var pack = await fixture.PageAsync(Administrator, $"/schools/{Amberfield.Urn}/evidence?year=2023%2F24");

        Assert.Contains($"href=\"schools/{Amberfield.Urn}/evidence?year=2023%2F24\"", page, StringComparison.Ordinal);
        Assert.Contains("academic year 2023/24, every survey wave", pack, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"evidence-attendance\"", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_the_evidence_pack_leaves_out_the_menu_and_filters_and_fits_its_charts_whole_on_a4_pages_and_a_phone()
    {
        var user = await fixture.Host.CreateUserAsync("programme-lead");
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.Browser.NewPageAsync();
        await DashboardBrowserTests.SignInAsync(page, fixture.Host, user.Email, user.Password);
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, $"schools/{Amberfield.Urn}/evidence").ToString());
        await page.Locator("[data-testid=evidence-audit]").WaitForAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('figure.chart-frame')].every(f => f.querySelector('.main-svg, [data-testid=all-suppressed]'))", null, new() { Timeout = 60_000 });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        // Each chart as printed: kept whole on one page, its drawing no wider than A4 inside its 15 mm margins (180 mm, 680 px).
        var charts = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('figure.chart-frame')].map(f => [getComputedStyle(f).breakInside === 'avoid' ? 1 : 0, (f.querySelector('.main-svg') ?? f).getBoundingClientRect().width])");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "evidence-pack.pdf"), pdf);

        Assert.False(await page.Locator("nav.sidebar").IsVisibleAsync(), "The menu is printed.");
        Assert.False(await page.Locator(".filter-bar").IsVisibleAsync(), "The filter bar is printed.");
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" }).IsVisibleAsync(), "The print button is printed.");
        Assert.True(await page.Locator("[data-testid=evidence-attendance]").IsVisibleAsync());
        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, 3, 12);
        Assert.InRange(charts.Length, 8, 20);
        Assert.All(charts, c => Assert.Equal(1, c[0]));
        Assert.All(charts, c => Assert.InRange(c[1], 200, 680));

        // On a phone the charts narrow to the screen: nothing wider than it.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.evidence-pack .main-svg')].every(s => s.getBoundingClientRect().right <= 390)", null, new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The pack is wider than a phone.");
    }

    /// <summary>The HTML of a table of the pack, to its end.</summary>
    private static string Section(string html, string testid)
    {
        var start = html.IndexOf($"data-testid=\"{testid}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The pack has no {testid} table.");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<figure class=\"chart-frame\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex ChartFrame();

    [GeneratedRegex("/Type\\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [GeneratedRegex("<section class=\"tile\" data-testid=\"headline\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex HeadlineTile();

    [GeneratedRegex("<tr>\\s*<td>(?<area>[^<]+)</td>\\s*<td>(?<round>[^<]+)</td>\\s*<td>(?<items>\\d+)</td>")]
    private static partial Regex AuditRow();

    private static string Headline(string html, string measure)
    {
        var start = html.IndexOf($"data-measure=\"{HtmlEncoder.Default.Encode(measure)}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No headline for {measure}.");
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)]);
    }

    private static Regex Testid(string id) => new($"data-testid=\"{id}\">(?<text>[^<]*)<");
}
