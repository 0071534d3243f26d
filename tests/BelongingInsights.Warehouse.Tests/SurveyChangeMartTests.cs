using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyChangeMartTests
{
    private const string Belong = "from mart_survey_item_change where item_code = 'pisa_belong' and grouping = 'All respondents'";

    /// <summary>Ten anonymous respondents, the first <paramref name="positive"/> agreeing that they belong (3), the rest disagreeing (2).</summary>
    private static Respondent[] Wave(int positive) =>
        [.. Enumerable.Range(0, 10).Select(r => new Respondent(null, 3, 3, r < positive ? 3 : 2, 3, 3, 3))];

    [Fact]
    public void Change_from_baseline_to_endline_has_a_pooled_z_test_matching_a_hand_computed_example()
    {
        // 3 of 10 positive at baseline, 8 of 10 at endline: pooled p = 11/20 = 0.55,
        // SE = sqrt(0.55 × 0.45 × (1/10 + 1/10)) = 0.222486, z = 0.5 / 0.222486 = 2.247, two-sided p = 0.0246.
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, Wave(8)), "end.csv", wave: "endline");

        foreach (var scope in new[] { "urn is null", "urn = 900301" })
        {
            var where = $"{Belong} and {scope}";
            Assert.Equal(("baseline", "endline"), (warehouse.Scalar<string>("select baseline_wave " + where), warehouse.Scalar<string>("select endline_wave " + where)));
            Assert.Equal((30.0, 80.0, 50.0), (
                warehouse.Scalar<double>("select baseline_positive_pct " + where),
                warehouse.Scalar<double>("select endline_positive_pct " + where),
                warehouse.Scalar<double>("select change_points " + where)));
            Assert.Equal(2.247, warehouse.Scalar<double>("select z " + where));
            Assert.Equal(0.0246, warehouse.Scalar<double>("select p_value " + where));
            Assert.True(warehouse.Scalar<bool>("select significant " + where));
        }
    }

    [Fact]
    public void The_last_wave_is_the_endline_and_an_item_that_did_not_change_has_no_significant_change()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, Wave(8)), "middle.csv", wave: "midpoint");
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "end.csv", wave: "endline");

        Assert.Equal(2, warehouse.Scalar<long>($"select count(*) {Belong}"));
        Assert.Equal(0, warehouse.Scalar<long>($"select count(*) {Belong} and (endline_wave <> 'endline' or z <> 0 or significant)"));
    }

    [Fact]
    public void A_change_is_suppressed_when_either_wave_is_and_one_wave_alone_has_no_change()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "start.csv", wave: "baseline");
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_item_change"));

        warehouse.Import(For("pisa-belonging", 900301, Wave(8)[..9]), "end.csv", wave: "endline");
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from mart_survey_item_change where not suppressed or z is not null"));
    }

    [Fact]
    public void The_change_query_returns_every_item_for_all_schools_with_its_test()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, Wave(8)), "end.csv", wave: "endline");

        var rows = warehouse.Get<SurveyItemChangeQuery>().Run(AccessScope.Everything, "pisa-belonging", "All respondents");
        Assert.Equal(6, rows.Count);
        Assert.Equal(
            new ItemChange(3, "I feel like I belong at school", "", "baseline", "endline", false, 10, 30.0, 10, 80.0, 50.0, 2.247, 0.0246, true),
            rows.Single(r => r.ItemOrder == 3));
    }

    [Fact]
    public void Each_school_compares_its_own_first_and_last_waves_and_all_schools_the_instrument_s()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, Wave(3)), "a-start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, Wave(8)), "a-end.csv", wave: "endline");
        warehouse.Import(For("pisa-belonging", 900302, Wave(3)), "b-start.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900302, Wave(5)), "b-middle.csv", wave: "midpoint");

        string Waves(string scope) => warehouse.Scalar<string>($"select baseline_wave || ' to ' || endline_wave {Belong} and {scope}")!;
        Assert.Equal("baseline to endline", Waves("urn = 900301"));
        Assert.Equal("baseline to midpoint", Waves("urn = 900302"));
        Assert.Equal("baseline to endline", Waves("urn is null"));
        Assert.Equal((20L, 10L), (
            warehouse.Scalar<long>($"select baseline_respondents {Belong} and urn is null"),
            warehouse.Scalar<long>($"select endline_respondents {Belong} and urn is null")));
    }
}
