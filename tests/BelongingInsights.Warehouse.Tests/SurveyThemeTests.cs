using BelongingInsights.Etl.Survey;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.MartRefresh;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The pupils', parents' and staff questions on a shared theme (the <c>theme</c> column of <c>items.csv</c>), side by
/// side: each figure is its question's own from the items query, for every scope and filter, and a hidden one stays hidden.
/// </summary>
public sealed class SurveyThemeTests
{
    private const string Trust = "Oak Learning Trust";
    private const int Larch = 100801;
    private const int Rowan = 100802;

    [Fact]
    public void Each_theme_pairs_one_question_of_each_of_two_or_more_respondents()
    {
        var themes = SurveyInstruments.All
            .SelectMany(i => i.Items.Where(item => item.Theme is not null).Select(item => (i.Respondent, Theme: item.Theme!)))
            .GroupBy(t => t.Theme)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Respondent).ToList());

        Assert.Equal(["A trusted adult", "Belonging", "Happy at school", "Known by staff", "Support"], themes.Keys.Order(StringComparer.Ordinal));
        Assert.All(themes.Values, respondents => Assert.Equal(respondents.Distinct(), respondents));
        Assert.All(themes.Values, respondents => Assert.True(respondents.Count >= 2));
        Assert.Equal(["pupil", "parent", "staff"], themes["Belonging"]);
    }

    [Fact]
    public void Every_figure_is_its_questions_own_from_the_items_query_whatever_the_scope_and_filter()
    {
        using var warehouse = Programme();
        var themes = warehouse.Get<SurveyThemeQuery>();
        var items = warehouse.Get<SurveyItemQuery>();
        var instruments = items.Instruments(AccessScope.Everything).ToDictionary(i => i.Name, i => i.Code);
        AccessScope[] scopes = [AccessScope.Everything, AccessScope.Of([Trust], []), AccessScope.Of([], [Larch])];
        DashboardFilter[] filters =
        [
            DashboardFilter.None, DashboardFilter.None with { School = Rowan }, DashboardFilter.None with { Wave = "endline" },
            DashboardFilter.None with { Trust = Trust }, DashboardFilter.None with { Group = "SEND" },
        ];
        var compared = 0;

        foreach (var scope in scopes)
        {
            foreach (var filter in filters)
            {
                var actual = themes.Run(scope, filter);
                var expected = instruments.Values
                    .SelectMany(code => items.Run(scope, code, "All respondents", filter)
                        .Concat(scope.AllSchools ? [] : items.Run(scope, code, "Trust", filter))
                        .Select(r => (Code: code, Row: r)))
                    .Where(r => Themed(r.Code, r.Row.Item))
                    .Select(r => Figures(r.Row.Group, r.Row.Item, r.Row.Wave, r.Row.Suppressed, r.Row.Respondents, r.Row.PositivePct, r.Row.PositiveLow, r.Row.PositiveHigh, r.Row.Reason));

                Assert.Equal(
                    expected.Order(StringComparer.Ordinal),
                    actual.Select(r => Figures(r.Area, r.Item, r.Wave, r.Suppressed, r.Respondents, r.PositivePct, r.PositiveLow, r.PositiveHigh, r.Reason)).Order(StringComparer.Ordinal));
                Assert.All(actual, r => Assert.Equal(instruments[r.Questionnaire], SurveyInstruments.All.Single(i => i.Items.Any(item => item.Text == r.Item)).Code));
                compared += actual.Count;
            }
        }
        Assert.True(compared > 100, $"Only {compared} figures compared.");
    }

    [Fact]
    public void All_schools_set_each_themes_pupils_parents_and_staff_side_by_side_in_the_pupils_questionnaires_order()
    {
        using var warehouse = Programme();

        var rows = warehouse.Get<SurveyThemeQuery>().Run(AccessScope.Everything);

        Assert.All(rows, r => Assert.Equal("", r.Area));
        Assert.Equal(["Belonging", "Known by staff", "Support", "A trusted adult", "Happy at school"], rows.Select(r => r.Theme).Distinct());
        Assert.Equal(
            ["pupil I feel like I belong at my school", "parent My child feels they belong at this school", "staff I feel like I belong at this school"],
            rows.Where(r => r.Theme == "Belonging" && r.Wave == "baseline").Select(r => $"{r.Respondent} {r.Item}"));
        Assert.Equal(["pupil", "parent"], rows.Where(r => r.Theme == "Happy at school" && r.Wave == "baseline").Select(r => r.Respondent));
        Assert.Equal(["pupil"], rows.Where(r => r.Theme == "Happy at school" && r.Wave == "endline").Select(r => r.Respondent));
        var belonging = rows.First(r => r.Theme == "Belonging" && r.Respondent == "pupil" && r.Wave == "baseline");
        Assert.Equal(34, belonging.Respondents);
        Assert.Equal(Math.Round(100.0 * 17 / 34, 1), belonging.PositivePct);
    }

    [Fact]
    public void A_school_with_too_few_parents_shows_their_rows_hidden_with_no_figure_and_its_reason()
    {
        using var warehouse = Programme();

        var rows = warehouse.Get<SurveyThemeQuery>().Run(AccessScope.Everything, DashboardFilter.None with { School = Rowan });

        var parents = rows.Where(r => r.Respondent == "parent").ToList();
        Assert.Equal(4, parents.Count);
        Assert.All(parents, r => Assert.Equal((true, null, null, null, null, SuppressionReason.Small), (r.Suppressed, r.Respondents, r.PositivePct, r.PositiveLow, r.PositiveHigh, r.Reason)));
        Assert.DoesNotContain(rows, r => r.Respondent == "staff");
        Assert.All(rows.Where(r => r.Respondent == "pupil"), r => Assert.False(r.Suppressed));
    }

    [Fact]
    public void Questions_loaded_before_there_were_themes_are_given_items_csvs_themes_when_the_warehouse_migrates()
    {
        using var warehouse = new WarehouseHarness();
        foreach (var instrument in new[] { "ncb-pupil", "ncb-parent", "ncb-staff" })
            warehouse.ImportLeavingMartsStale(SurveyCsv.For(instrument, Larch, [new SurveyCsv.Respondent(null, 3)]), $"{instrument}.csv", wave: "baseline");
        using (var connection = warehouse.Open())
            connection.Execute("alter table dim_question drop column theme; delete from ops_schema_migration where version = '0106_question_theme'");

        Assert.Equal(["0106_question_theme"], warehouse.Get<WarehouseMigrator>().Migrate());

        var expected = SurveyInstruments.All.SelectMany(i => i.Items.Where(item => item.Theme is not null).Select(item => $"{i.Code} {item.Code} {item.Theme}"));
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            warehouse.Scalar<string>("select string_agg(instrument || ' ' || item_code || ' ' || theme, '|') from dim_question where theme is not null")!.Split('|').Order(StringComparer.Ordinal));
    }

    private static bool Themed(string instrument, string item) =>
        SurveyInstruments.ByCode(instrument).Items.Single(i => i.Text == item).Theme is not null;

    private static string Figures(string area, string item, string wave, bool suppressed, int? respondents, double? positive, double? low, double? high, SuppressionReason? reason) =>
        $"{area}|{item}|{wave}|{suppressed}|{respondents}|{positive}|{low}|{high}|{reason}";

    /// <summary>
    /// Two schools of one trust. Pupils: 20 at Larch and 14 at Rowan at baseline, 15 at Larch at endline, every other
    /// one positive. Parents: 12 at Larch, 4 at Rowan (too few to show), at baseline. Staff: 12 at Larch, at baseline.
    /// </summary>
    private static WarehouseHarness Programme()
    {
        var warehouse = new WarehouseHarness();
        warehouse.ImportLeavingMartsStale("urn,laestab,school_name,phase,trust,local_authority\n"
            + $"{Larch},2020801,Larch Primary,primary,{Trust},202\n{Rowan},2020802,Rowan Primary,primary,{Trust},202\n", "schools.csv");
        (string Instrument, int Urn, int Respondents, string Wave)[] exports =
        [
            ("ncb-pupil", Larch, 20, "baseline"), ("ncb-pupil", Rowan, 14, "baseline"), ("ncb-pupil", Larch, 15, "endline"),
            ("ncb-parent", Larch, 12, "baseline"), ("ncb-parent", Rowan, 4, "baseline"), ("ncb-staff", Larch, 12, "baseline"),
        ];
        foreach (var (instrument, urn, respondents, wave) in exports)
        {
            var items = SurveyInstruments.ByCode(instrument).Items.Count;
            var answers = Enumerable.Range(0, respondents)
                .Select(r => new SurveyCsv.Respondent(null, [.. Enumerable.Range(0, items).Select(i => (int?)(r % 2 == 0 ? 3 : 2 - (r + i) % 2))]));
            warehouse.ImportLeavingMartsStale(SurveyCsv.For(instrument, urn, answers), $"{instrument}-{urn}-{wave}.csv", wave: wave);
        }
        warehouse.Get<MartRefresher>().Refresh();
        return warehouse;
    }
}
