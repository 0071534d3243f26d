using System.Globalization;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyMartTests
{
    [Fact]
    public void The_pilot_dataset_comes_out_of_the_mart_with_the_published_percentages_within_one_point()
    {
        using var warehouse = new WarehouseHarness();
        var baseline = warehouse.Import(PilotSurvey.Export("baseline", 1200), "pupil-survey-start.csv", wave: "baseline");
        var endline = warehouse.Import(PilotSurvey.Export("endline", 850), "pupil-survey-end.csv", wave: "endline");

        Assert.Equal((ImportStatus.Succeeded, "survey", 1200), (baseline.Status, baseline.DetectedKind, baseline.RowsLoaded));
        Assert.Equal((ImportStatus.Succeeded, 850), (endline.Status, endline.RowsLoaded));
        var checkedFigures = 0;
        foreach (var published in PilotSurvey.Table)
        {
            var filter = published.Group == "all" ? "grouping = 'All respondents'" : "grouping = 'SEND' and send = 'SEND'";
            foreach (var (wave, negative, positive) in new[] { ("baseline", published.BaselineNegative, published.BaselinePositive), ("endline", published.EndlineNegative, published.EndlinePositive) })
            {
                var sql = $"from mart_survey_item where urn is null and {filter} and item_code = '{published.Item}' and wave = '{wave}'";
                if (positive is { } p)
                {
                    Assert.InRange(warehouse.Scalar<double>("select positive_pct " + sql), p - 1, p + 1);
                    checkedFigures++;
                }
                if (negative is { } n)
                {
                    Assert.InRange(warehouse.Scalar<double>("select negative_pct " + sql), n - 1, n + 1);
                    checkedFigures++;
                }
            }
        }
        Assert.Equal(79, checkedFigures);
    }

    [Fact]
    public void Every_percentage_has_a_wilson_interval_around_it()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(PilotSurvey.Export("baseline", 1200), "start.csv", wave: "baseline");

        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_survey_item where not suppressed and not (positive_low <= positive_pct and positive_pct <= positive_high)"));
    }

    [Fact]
    public void A_school_with_fewer_respondents_than_the_threshold_is_suppressed_and_so_is_its_smallest_sibling()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(PilotSurvey.Export("baseline", 1200).Split('\n').Take(1 + 95).Aggregate((a, b) => a + "\n" + b) + "\n", "small.csv", wave: "baseline");

        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_item where suppressed and positive_pct is not null"));
        Assert.True(warehouse.Scalar<long>("select count(*) from mart_survey_item where grouping = 'SEND' and urn is not null and suppressed") > 0);
    }

    [Fact]
    public void Negative_unanswered_and_positive_add_up_to_100_and_a_hidden_item_has_no_figure_at_all()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(PilotSurvey.Export("baseline", 1200).Split('\n').Take(1 + 95).Aggregate((a, b) => a + "\n" + b) + "\n", "small.csv", wave: "baseline");

        Assert.True(warehouse.Scalar<long>("select count(*) from mart_survey_item where not suppressed and unanswered_pct > 0") > 0);
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_survey_item where not suppressed and round(positive_pct + negative_pct + unanswered_pct, 1) <> 100"));
        Assert.True(warehouse.Scalar<long>("select count(*) from mart_survey_item where suppressed") > 0);
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_survey_item where suppressed and coalesce(respondents, positive_pct, positive_low, positive_high, negative_pct, negative_low, negative_high, unanswered_pct) is not null"));
    }

    [Fact]
    public void The_items_query_gives_each_share_from_the_answers_and_marks_the_reverse_scored_item()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(PilotSurvey.Export("baseline", 1200), "start.csv", wave: "baseline");
        var answers = warehouse.Scalar<string>("""
            select count(*) filter (where a.is_positive) || ' ' || count(*) filter (where a.is_negative) || ' ' || count(*) filter (where a.is_unanswered)
            from fact_survey_answer as a inner join dim_question as q on q.question_key = a.question_key
            where q.item_code = 'lonely'
            """)!.Split(' ').Select(n => 100.0 * int.Parse(n, CultureInfo.InvariantCulture) / 1200).ToList();

        var items = warehouse.Get<SurveyItemQuery>().Run(AccessScope.Everything, "ncb-pupil", "All respondents");

        Assert.Equal(12, items.Count);
        var lonely = Assert.Single(items, r => r.ReverseCoded);
        Assert.Equal("I feel lonely at my school", lonely.Item);
        Assert.Equal(1200, lonely.Respondents);
        Assert.InRange(lonely.PositivePct!.Value, answers[0] - 0.1, answers[0] + 0.1);
        Assert.InRange(lonely.NegativePct!.Value, answers[1] - 0.1, answers[1] + 0.1);
        Assert.InRange(lonely.UnansweredPct!.Value, answers[2] - 0.1, answers[2] + 0.1);
        Assert.Equal(100, lonely.PositivePct + lonely.NegativePct + lonely.UnansweredPct ?? 0, 6);
    }

    [Fact]
    public void The_questionnaires_say_who_answers_them_pupils_first()
    {
        using var warehouse = new WarehouseHarness();
        SurveyCsv.Respondent[] twelve = [.. Enumerable.Range(1, 12).Select(_ => new SurveyCsv.Respondent(null, 3, 3, 3, 3, 3, 3))];
        warehouse.Import(SurveyCsv.For("ncb-staff", 100801, twelve), "staff.csv", wave: "baseline");
        warehouse.Import(PilotSurvey.Export("baseline", 1200), "pupils.csv", wave: "baseline");

        var instruments = warehouse.Get<SurveyItemQuery>().Instruments(AccessScope.Everything);

        Assert.Equal([("ncb-pupil", "pupil"), ("ncb-staff", "staff")], instruments.Select(i => (i.Code, i.Respondent)));
    }
}
