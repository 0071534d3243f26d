namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The statistics on a dataset shaped like the Belonging Matters pilot (about 1,200 anonymous pupils at the start,
/// 850 at the end). The pilot publishes item percentages only; the change tests are checked against the same
/// pooled z-test computed here, independently, from the published percentages.
/// </summary>
public sealed class PilotStatisticsTests : IDisposable
{
    private const int Baseline = 1200;
    private const int Endline = 850;
    private const double Critical = 1.959964;

    private readonly WarehouseHarness _warehouse = new();

    public PilotStatisticsTests()
    {
        _warehouse.Import(PilotSurvey.Export("baseline", Baseline), "start.csv", wave: "baseline");
        _warehouse.Import(PilotSurvey.Export("endline", Endline), "end.csv", wave: "endline");
    }

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Every_item_change_has_the_z_of_the_published_percentages_and_the_same_verdict_at_five_percent()
    {
        // e.g. "I feel like I belong": 65% of 1,200 against 71% of 850, pooled p = 0.675, z = 0.06 / 0.0210 = 2.86.
        var published = PilotSurvey.Table.Where(p => p.Group == "all").ToList();
        Assert.Equal(12, published.Count);
        foreach (var item in published)
        {
            var start = (item.BaselinePositive ?? 100 - 2 - item.BaselineNegative!.Value) / 100;
            var end = item.EndlinePositive!.Value / 100;
            var pooled = (start * Baseline + end * Endline) / (Baseline + Endline);
            var z = (end - start) / Math.Sqrt(pooled * (1 - pooled) * (1.0 / Baseline + 1.0 / Endline));

            var where = $"from mart_survey_item_change where urn is null and grouping = 'All respondents' and item_code = '{item.Item}'";
            Assert.InRange(_warehouse.Scalar<double>("select z " + where), z - 0.1, z + 0.1);
            Assert.Equal(Math.Abs(z) > Critical, _warehouse.Scalar<bool>("select significant " + where));
        }
        Assert.Equal(
            ["liked_by_pupils", "lonely"],
            published.Where(p => !_warehouse.Scalar<bool>($"select significant from mart_survey_item_change where urn is null and grouping = 'All respondents' and item_code = '{p.Item}'"))
                .Select(p => p.Item).Order());
    }

    [Fact]
    public void The_scale_rises_from_start_to_end_and_is_internally_consistent()
    {
        const string all = "from mart_survey_scale where urn is null and grouping = 'All respondents' and wave = ";
        var start = _warehouse.Scalar<double>($"select mean_high {all} 'baseline'");
        var end = _warehouse.Scalar<double>($"select mean_low {all} 'endline'");

        Assert.True(end > start, "the endline interval lies above the baseline interval");
        Assert.InRange(_warehouse.Scalar<double>($"select alpha {all} 'baseline'"), 0.6, 0.95);
        Assert.InRange(_warehouse.Scalar<double>($"select alpha {all} 'endline'"), 0.6, 0.95);
    }

    [Fact]
    public void Anonymous_pilot_answers_have_no_pairs_and_no_retention_figure()
    {
        const string all = "from mart_survey_attrition where urn is null";

        Assert.Equal((1200L, 0L, 850L, 0L), (
            _warehouse.Scalar<long>("select baseline_respondents " + all),
            _warehouse.Scalar<long>("select baseline_linked " + all),
            _warehouse.Scalar<long>("select endline_respondents " + all),
            _warehouse.Scalar<long>("select in_both " + all)));
        Assert.Null(_warehouse.Scalar<double?>("select retained_pct " + all));
        Assert.Equal(0, _warehouse.Scalar<long>("select count(*) from mart_survey_paired_item"));
        Assert.Equal(0, _warehouse.Scalar<long>("select count(*) from mart_survey_paired_scale"));
    }
}
