using System.Text;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyGroupMartTests
{
    private const string Schools =
        "urn,laestab,school_name,phase,trust,local_authority\n100001,2022019,Brook Primary,primary,Alpha Learning Trust,202\n"
        + "100002,2024001,Hill Secondary,secondary,Alpha Learning Trust,202\n";

    private const string Belong = "from mart_survey_item where item_code = 'pisa_belong' and urn is null";

    /// <summary>
    /// Brook Primary: pupils 0 to 11 (0 to 3 on free school meals) and one anonymous respondent; pupils 0 to 5 and
    /// the anonymous respondent answer positively on every item, 6 to 11 negatively. Hill Secondary: pupils 12 to
    /// 23 (12 to 17 on free school meals); 12 to 20 answer positively, 21 to 23 negatively.
    /// </summary>
    private static WarehouseHarness Loaded(int threshold, int primaryPupils = 12)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import(Schools);
        warehouse.Import(Census(100001, Enumerable.Range(0, primaryPupils), fsm: p => p < 4));
        warehouse.Import(Census(100002, Enumerable.Range(12, 12), fsm: p => p < 18));
        Respondent[] primary = [.. Enumerable.Range(0, primaryPupils).Select(p => Everywhere(p, p < 6 ? 4 : 1)), Everywhere(null, 4)];
        warehouse.Import(For("pisa-belonging", 100001, primary, "15/10/2024 09:00:00"), "brook.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 100002, Enumerable.Range(12, 12).Select(p => Everywhere(p, p < 21 ? 4 : 1)), "15/10/2024 09:00:00"),
            "hill.csv", wave: "baseline");
        return warehouse;
    }

    [Fact]
    public void Survey_items_break_down_by_phase_and_by_the_census_groups_of_linked_respondents()
    {
        using var warehouse = Loaded(threshold: 1);

        // Primary: 7 of 13 positive (53.8%); Secondary: 9 of 12 (75.0%).
        Assert.Equal("Primary=7/13 Secondary=9/12", Cells(warehouse, "Phase", "phase"));
        // FSM: 0-3 and 12-17, all positive (10 of 10); not FSM: 4, 5 and 18-20 positive of 4-11 and 18-23 (5 of 14);
        // the anonymous respondent has no census, so no FSM status. Pupils eligible for FSM are the disadvantaged here
        // (FSM6 as FSM), and the pages' pair of disadvantage by phase splits them the same way.
        Assert.Equal("FSM=10/10 Not FSM=5/14 Unknown=1/1", Cells(warehouse, "FSM", "fsm"));
        Assert.Equal("Disadvantaged · Primary=4/4 Disadvantaged · Secondary=6/6 Not disadvantaged · Primary=2/8 Not disadvantaged · Secondary=3/6 Unknown · Primary=1/1",
            Cells(warehouse, "Disadvantaged × Phase", "disadvantaged || ' · ' || phase"));
        Assert.Equal(53.8, warehouse.Scalar<double>($"select positive_pct {Belong} and grouping = 'Phase' and phase = 'Primary'"));
    }

    [Fact]
    public void A_school_is_broken_down_by_gender_send_and_disadvantage_only_and_all_schools_by_exactly_the_groupings_the_pages_offer()
    {
        using var warehouse = Loaded(threshold: 1);

        // What the Belonging page says is shown across all schools only is what a school's rows leave out.
        var atSchool = SurveyItemQuery.Groupings
            .Where(g => !g.Contains(" × ", StringComparison.Ordinal) && g is not ("Trust" or "Phase"))
            .Except(SurveyItemQuery.AcrossSchoolsOnly);
        Assert.Equal(["All respondents", "SEND", "Gender", "Disadvantaged"], atSchool);
        foreach (var mart in new[] { "mart_survey_item", "mart_survey_scale" })
        {
            Assert.Equal(atSchool.Order(StringComparer.Ordinal), Groupings(warehouse, mart, "urn is not null"));
            Assert.Equal(SurveyItemQuery.Groupings.Order(StringComparer.Ordinal), Groupings(warehouse, mart, "urn is null"));
        }
    }

    [Fact]
    public void Within_a_school_disadvantage_counts_the_respondents_the_census_does_not_link_with_those_not_disadvantaged()
    {
        using var warehouse = Loaded(threshold: 1);

        // Brook Primary: pupils 0 to 3 disadvantaged, all positive; 4 to 11 not, of whom 4 and 5 positive, and the
        // anonymous respondent (positive), whom the census does not link: 3 of 9. Across schools Unknown stays apart.
        Assert.Equal("Disadvantaged=4/4 Not disadvantaged or unknown=3/9", warehouse.Scalar<string>("""
            select string_agg(disadvantaged || '=' || round(positive_pct * respondents / 100) :: int || '/' || respondents, ' ' order by disadvantaged)
            from mart_survey_item
            where item_code = 'pisa_belong' and urn = 100001 and grouping = 'Disadvantaged'
            """));
        Assert.Equal("Disadvantaged=10/10 Not disadvantaged=5/14 Unknown=1/1", Cells(warehouse, "Disadvantaged", "disadvantaged"));
    }

    [Fact]
    public void A_parents_questionnaire_is_broken_down_by_trust_and_phase_and_by_no_pupil_group()
    {
        using var warehouse = Loaded(threshold: 1);
        warehouse.Import(For("ncb-parent", 100001, Enumerable.Range(0, 3).Select(_ => Everywhere(null, 3)), "15/10/2024 09:00:00"), "parents.csv", wave: "baseline");

        // Parents carry no pupil group: each pupil grouping would be one Unknown cell, the total again.
        foreach (var mart in new[] { "mart_survey_item", "mart_survey_scale" })
            Assert.Equal(["All respondents", "Phase", "Trust"], Groupings(warehouse, mart, "instrument = 'ncb-parent'"));
    }

    [Fact]
    public void Scale_scores_and_the_item_query_offer_the_new_groupings()
    {
        using var warehouse = Loaded(threshold: 1);

        // Primary: (6 × 4 + 6 × 1 + 4) / 13 = 2.615; Secondary: (9 × 4 + 3 × 1) / 12 = 3.25.
        Assert.Equal(["Primary=2.615", "Secondary=3.25"],
            warehouse.Get<SurveyScaleQuery>().Run(AccessScope.Everything, "pisa-belonging", "Phase").Select(r => $"{r.Group}={r.MeanScore}"));
        var fsm = warehouse.Get<SurveyItemQuery>().Run(AccessScope.Everything, "pisa-belonging", "FSM").Where(r => r.ItemOrder == 1);
        Assert.Equal(["FSM=100", "Not FSM=35.7", "Unknown=100"], fsm.Select(r => $"{r.Group}={r.PositivePct}"));
        Assert.All(SurveyItemQuery.Groupings, grouping => Assert.NotEmpty(warehouse.Get<SurveyItemQuery>().Run(AccessScope.Everything, "pisa-belonging", grouping)));
    }

    [Fact]
    public void Change_between_waves_is_given_for_each_phase()
    {
        using var warehouse = Loaded(threshold: 1);
        warehouse.Import(For("pisa-belonging", 100002, Enumerable.Range(12, 12).Select(p => Everywhere(p, 4)), "10/07/2025 09:00:00"),
            "hill-end.csv", wave: "endline");

        // Hill Secondary's 12 respondents go from 9 positive (75.0%) to 12 (100.0%): +25.0 points. Brook Primary has
        // no endline, so the Primary phase has no change to show.
        Assert.Equal("Secondary=25.0", warehouse.Scalar<string>("""
            select string_agg(phase || '=' || change_points, ' ')
            from mart_survey_item_change
            where item_code = 'pisa_belong' and urn is null and grouping = 'Phase'
            """));
    }

    [Fact]
    public void A_small_phase_is_hidden_with_the_other_phase_that_would_give_it_away_from_the_total()
    {
        // Brook Primary has 4 linked pupils and the anonymous respondent: 5, under 10. All respondents (17) less
        // Secondary (12) would give Primary away, so Secondary is hidden too, as is the primary school itself and,
        // beside it in Alpha Learning Trust, Hill Secondary.
        using var warehouse = Loaded(threshold: 10, primaryPupils: 4);

        Assert.Equal("Primary=hidden Secondary=hidden", Cells(warehouse, "Phase", "phase"));
        Assert.Equal(17, warehouse.Scalar<long>($"select respondents {Belong} and wave = 'baseline' and grouping = 'All respondents'"));
        Assert.Equal(2, warehouse.Scalar<long>(
            "select count(*) from mart_survey_item where item_code = 'pisa_belong' and urn is not null and grouping = 'All respondents' and suppressed"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_item where suppressed and coalesce(respondents, positive_pct) is not null"));
    }

    private static Respondent Everywhere(int? pupil, int score) => new(pupil, [.. Enumerable.Repeat<int?>(score, 6)]);

    private static string Census(int urn, IEnumerable<int> pupils, Func<int, bool> fsm)
    {
        var csv = new StringBuilder(CensusCsv.Header).Append('\n');
        foreach (var pupil in pupils)
            csv.Append($"{AttendanceCsv.Upn(pupil)},{urn},03/10/2024,F,7,N,{(fsm(pupil) ? "Y,Y" : "N,N")},ENG,WBRI,02/09/2024,,\n");
        return csv.ToString();
    }

    private static string[] Groupings(WarehouseHarness warehouse, string mart, string where) =>
        warehouse.Scalar<string>($"select string_agg(distinct grouping, '|' order by grouping) from {mart} where {where}")!.Split('|');

    private static string? Cells(WarehouseHarness warehouse, string grouping, string group) =>
        warehouse.Scalar<string>($"""
            select string_agg({group} || '=' || coalesce(positive::varchar || '/' || respondents, 'hidden'), ' ' order by {group})
            from (
                select *, round(positive_pct * respondents / 100) :: int as positive
                {Belong} and wave = 'baseline' and grouping = '{grouping}'
            )
            """);
}
