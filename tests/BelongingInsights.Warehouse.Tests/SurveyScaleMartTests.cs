using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyScaleMartTests
{
    /// <summary>
    /// PISA's six belonging items, scored (reverse coding applied; the export carries the raw answers, so items 1, 4
    /// and 6, which are reverse-coded, are written turned round). Four complete respondents, one who answered exactly
    /// half the items (scored), one who answered two (no score).
    /// </summary>
    private static readonly Respondent[] Pisa =
    [
        new(null, 4, 4, 3, 4, 3, 4),
        new(null, 3, 3, 3, 2, 3, 3),
        new(null, 2, 3, 2, 2, 1, 2),
        new(null, 1, 2, 2, 1, 1, 1),
        new(null, 4, 4, 4, null, null, null),
        new(null, 1, 1, null, null, null, null),
    ];

    [Fact]
    public void Scale_score_and_alpha_match_a_hand_computed_example()
    {
        // Scores: 22/6, 17/6, 12/6, 8/6 and 12/3 = 4; the sixth respondent answered 2 of 6 items, under the minimum of 3.
        // Mean = (59/6 + 4) / 5 = 2.7667; sample SD = sqrt(4.97778 / 4) = 1.1155; 95% interval 2.7667 ± 1.96 × 1.1155 / √5
        // = 1.789 to 3.744.
        // Alpha over the four complete respondents: item variances 5/3, 2/3, 1/3, 4.75/3, 4/3, 5/3 sum to 7.25;
        // totals 22, 17, 12, 8 have variance 110.75/3 = 36.9167; alpha = 6/5 × (1 - 7.25/36.9167) = 0.964.
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "4"));
        warehouse.Import(For("pisa-belonging", 900301, Pisa), "pisa.csv", wave: "baseline");

        const string all = "from mart_survey_scale where instrument = 'pisa-belonging' and urn is null and grouping = 'All respondents' and wave = 'baseline'";
        Assert.Equal(5, warehouse.Scalar<long>("select respondents " + all));
        Assert.Equal(2.767, warehouse.Scalar<double>("select mean_score " + all));
        Assert.Equal(1.116, warehouse.Scalar<double>("select sd_score " + all));
        Assert.Equal(1.789, warehouse.Scalar<double>("select mean_low " + all));
        Assert.Equal(3.744, warehouse.Scalar<double>("select mean_high " + all));
        Assert.Equal(4, warehouse.Scalar<long>("select alpha_respondents " + all));
        Assert.Equal(0.964, warehouse.Scalar<double>("select alpha " + all));
    }

    [Fact]
    public void A_group_under_the_threshold_is_marked_suppressed_with_no_figures()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Pisa), "pisa.csv", wave: "baseline");

        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_scale where not suppressed"));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_survey_scale where coalesce(respondents, mean_score, sd_score, mean_low, alpha) is not null"));
    }

    [Fact]
    public void Alpha_is_left_out_when_fewer_respondents_than_the_threshold_answered_every_item()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "5"));
        warehouse.Import(For("pisa-belonging", 900301, Pisa), "pisa.csv", wave: "baseline");

        const string all = "from mart_survey_scale where urn is null and grouping = 'All respondents'";
        Assert.Equal((5L, (double?)null), (warehouse.Scalar<long>("select respondents " + all), warehouse.Scalar<double?>("select alpha " + all)));
    }

    [Fact]
    public void The_scale_query_returns_each_wave_for_all_schools_in_the_chosen_grouping()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "4"));
        warehouse.Import(For("pisa-belonging", 900301, Pisa), "pisa.csv", wave: "baseline");

        var row = Assert.Single(warehouse.Get<SurveyScaleQuery>().Run(AccessScope.Everything, "pisa-belonging", "All respondents"));
        Assert.Equal(new ScaleResult("baseline", "", false, 5, 2.767, 1.789, 3.744, 1.116, 0.964, 4), row);
        Assert.Equal(["No SEND"], warehouse.Get<SurveyScaleQuery>().Run(AccessScope.Everything, "pisa-belonging", "SEND").Select(r => r.Group));
    }

    [Fact]
    public void A_small_send_group_is_suppressed_and_so_is_the_group_beside_it_that_would_give_it_away()
    {
        // 12 respondents, 2 reporting SEND: the SEND cell (2) is under 10; the No SEND cell (10) and the total (12)
        // would reveal its mean, so No SEND is suppressed too, while the total stays.
        using var warehouse = new WarehouseHarness();
        Respondent[] respondents = [.. Enumerable.Range(0, 12).Select(r => new Respondent(null, 3, 3, 3, 3, 3, r % 4 + 1) { Send = r < 2 ? "Yes" : "No" })];
        warehouse.Import(For("pisa-belonging", 900301, respondents), "pisa.csv", wave: "baseline");

        const string cells = "from mart_survey_scale where urn is null and grouping = 'SEND'";
        Assert.Equal(2, warehouse.Scalar<long>($"select count(*) {cells} and suppressed and mean_score is null"));
        Assert.Equal(12, warehouse.Scalar<long>("select respondents from mart_survey_scale where urn is null and grouping = 'All respondents'"));
    }
}
