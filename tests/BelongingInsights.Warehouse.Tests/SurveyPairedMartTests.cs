using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyPairedMartTests
{
    /// <summary>
    /// Baseline: linked pupils 1 to 12 and two anonymous respondents. Pupils 1-4 score 3 on every item, 5-9 score 2,
    /// pupil 10 scores 1, pupils 11 and 12 score 2, the anonymous respondents 3.
    /// </summary>
    private static readonly Respondent[] Baseline =
    [
        .. Enumerable.Range(1, 12).Select(p => Everywhere(p, p <= 4 ? 3 : p == 10 ? 1 : 2)),
        Everywhere(null, 3),
        Everywhere(null, 3),
    ];

    /// <summary>Endline: linked pupils 1 to 10 (1-9 score 3, pupil 10 scores 4) and three anonymous respondents.</summary>
    private static readonly Respondent[] Endline =
    [
        .. Enumerable.Range(1, 10).Select(p => Everywhere(p, p == 10 ? 4 : 3)),
        Everywhere(null, 3),
        Everywhere(null, 3),
        Everywhere(null, 3),
    ];

    private static Respondent Everywhere(int? pupil, int score) => new(pupil, [.. Enumerable.Repeat<int?>(score, 6)]);

    private static WarehouseHarness Loaded(int threshold = 10)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import(For("pisa-belonging", 900301, Baseline), "start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, Endline), "end.csv", wave: "endline");
        return warehouse;
    }

    [Fact]
    public void Attrition_counts_respondents_linked_pupils_and_those_retained()
    {
        // 12 linked pupils at baseline, 10 of them answered again: 10/12 = 83.3% retained.
        using var warehouse = Loaded();

        foreach (var scope in new[] { "urn is null", "urn = 900301" })
        {
            var where = $"from mart_survey_attrition where instrument = 'pisa-belonging' and {scope}";
            Assert.Equal((14L, 12L, 13L, 10L, 10L), (
                warehouse.Scalar<long>("select baseline_respondents " + where),
                warehouse.Scalar<long>("select baseline_linked " + where),
                warehouse.Scalar<long>("select endline_respondents " + where),
                warehouse.Scalar<long>("select endline_linked " + where),
                warehouse.Scalar<long>("select in_both " + where)));
            Assert.Equal(83.3, warehouse.Scalar<double>("select retained_pct " + where));
        }
    }

    [Fact]
    public void Mcnemar_on_paired_pupils_matches_a_hand_computed_example()
    {
        // Of the 10 pairs, pupils 1-4 agree both times, 5-10 move from disagreeing to agreeing: b = 0, c = 6;
        // chi-square = (|0 - 6| - 1)^2 / 6 = 25/6 = 4.167, p = 2 × (1 - Phi(sqrt(4.167))) = 0.0412.
        using var warehouse = Loaded();

        var where = "from mart_survey_paired_item where item_code = 'pisa_belong' and urn is null";
        Assert.Equal((10L, 40.0, 100.0, 0L, 6L), (
            warehouse.Scalar<long>("select pairs " + where),
            warehouse.Scalar<double>("select baseline_positive_pct " + where),
            warehouse.Scalar<double>("select endline_positive_pct " + where),
            warehouse.Scalar<long>("select became_not_positive " + where),
            warehouse.Scalar<long>("select became_positive " + where)));
        Assert.Equal(4.167, warehouse.Scalar<double>("select chi_square " + where));
        Assert.Equal(0.0412, warehouse.Scalar<double>("select p_value " + where));
        Assert.True(warehouse.Scalar<bool>("select significant " + where));
    }

    [Fact]
    public void The_paired_scale_change_and_its_effect_size_match_a_hand_computed_example()
    {
        // Differences: 0 for pupils 1-4, +1 for 5-9, +3 for pupil 10. Mean 0.8; SD = sqrt(7.6 / 9) = 0.919;
        // d_z = 0.8 / 0.919 = 0.871. Baseline mean 23/10 = 2.3, endline mean 31/10 = 3.1.
        using var warehouse = Loaded();

        var where = "from mart_survey_paired_scale where instrument = 'pisa-belonging' and urn = 900301";
        Assert.Equal((10L, 2.3, 3.1), (
            warehouse.Scalar<long>("select pairs " + where),
            warehouse.Scalar<double>("select baseline_mean " + where),
            warehouse.Scalar<double>("select endline_mean " + where)));
        Assert.Equal((0.8, 0.919, 0.871), (
            warehouse.Scalar<double>("select mean_difference " + where),
            warehouse.Scalar<double>("select sd_difference " + where),
            warehouse.Scalar<double>("select effect_size_dz " + where)));
    }

    [Fact]
    public void Fewer_pairs_than_the_threshold_suppress_the_paired_figures_and_the_attrition()
    {
        using var warehouse = Loaded(threshold: 11);

        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_paired_item where not suppressed or pairs is not null"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_paired_scale where not suppressed or mean_difference is not null"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_attrition where not suppressed or in_both is not null"));
        Assert.Equal(2, warehouse.Scalar<long>("select count(*) from mart_survey_attrition"));
    }

    [Fact]
    public void The_paired_query_returns_attrition_scale_change_and_items_with_all_schools_first()
    {
        using var warehouse = Loaded();
        var query = warehouse.Get<SurveyPairedQuery>();

        Assert.Equal(
            [new SurveyAttrition("All schools", "baseline", "endline", false, 14, 12, 13, 10, 10, 83.3), new SurveyAttrition("School 900301", "baseline", "endline", false, 14, 12, 13, 10, 10, 83.3)],
            query.Attrition(AccessScope.Everything, "pisa-belonging"));
        Assert.Equal(new PairedScaleResult("All schools", false, 10, 2.3, 3.1, 0.8, 0.919, 0.871), query.Scale(AccessScope.Everything, "pisa-belonging")[0]);
        var items = query.Items(AccessScope.Everything, "pisa-belonging");
        Assert.Equal(6, items.Count);
        Assert.Equal(new PairedItemResult(3, "I feel like I belong at school", false, 10, 40.0, 100.0, 0, 6, 0.0412, true), items[2]);
    }
}
