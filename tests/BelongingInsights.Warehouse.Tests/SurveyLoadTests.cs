using BelongingInsights.Warehouse.Imports;
using static BelongingInsights.TestSupport.SurveyCsv;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SurveyLoadTests
{
    [Fact]
    public void Each_answer_lands_with_its_own_respondent_linked_or_anonymous_and_nothing_stays_staged()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(For("pisa-belonging", 900301, [new(1, 4, 3, null, 2, 1, 4), new(null, 1, 1, 1, 1, 1, 1) { Send = "Yes" }, new(2, 2, 2, 2, 2, 2, 2)]),
            "baseline.csv", wave: "baseline");

        Assert.Equal((ImportStatus.Succeeded, 3), (import.Status, import.RowsLoaded));
        Assert.Equal(18, warehouse.Scalar<long>("select count(*) from fact_survey_answer"));
        Assert.Equal("anonymous SEND 1,1,1,1,1,1 | pupil 2,2,2,2,2,2 | pupil 4,3,,2,1,4", warehouse.Scalar<string>("""
            select string_agg(who || ' ' || answers, ' | ' order by who, answers)
            from (
                select
                    if(f.pupil_key is null, 'anonymous ' || any_value(f.self_send), 'pupil') as who,
                    string_agg(coalesce(cast(f.scored_value as varchar), ''), ',' order by q.item_order) as answers
                from fact_survey_answer as f
                inner join dim_question as q on q.question_key = f.question_key
                group by f.respondent_id, f.pupil_key
            )
            """));
        Assert.Equal(2, warehouse.Scalar<long>("select count(distinct pupil_key) from fact_survey_answer"));
        Assert.Equal(0, warehouse.Scalar<long>("select (select count(*) from stg_survey_response) + (select count(*) from stg_survey_answer) + (select count(*) from stg_survey_question)"));
    }

    [Fact]
    public void A_corrected_export_replaces_its_school_and_wave_and_leaves_the_rest()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(For("pisa-belonging", 900301, [new(1, 1, 1, 1, 1, 1, 1), new(2, 1, 1, 1, 1, 1, 1)]), "first.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900302, [new(3, 2, 2, 2, 2, 2, 2)]), "other-school.csv", wave: "baseline");
        warehouse.Import(For("pisa-belonging", 900301, [new(1, 3, 3, 3, 3, 3, 3)]), "endline.csv", wave: "endline");

        warehouse.Import(For("pisa-belonging", 900301, [new(1, 4, 4, 4, 4, 4, 4)]), "corrected.csv", wave: "baseline");

        Assert.Equal("900301 baseline 6x4 | 900301 endline 6x3 | 900302 baseline 6x2", warehouse.Scalar<string>("""
            select string_agg(cell, ' | ' order by cell)
            from (
                select s.urn || ' ' || f.wave || ' ' || count(*) || 'x' || string_agg(distinct cast(f.scored_value as varchar), '/') as cell
                from fact_survey_answer as f
                inner join dim_school as s on s.school_key = f.school_key
                group by s.urn, f.wave
            )
            """));
    }
}
