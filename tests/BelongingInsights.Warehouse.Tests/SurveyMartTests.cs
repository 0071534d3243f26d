using BelongingInsights.Warehouse.Imports;

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
}
