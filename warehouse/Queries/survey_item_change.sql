select
    item_order,
    item_text,
    area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    baseline_wave,
    endline_wave,
    suppressed,
    baseline_respondents,
    baseline_positive_pct,
    endline_respondents,
    endline_positive_pct,
    change_points,
    z,
    p_value,
    significant
from mart_survey_item_change
where instrument = $instrument
    and group_rows_for(urn, $scope_all, $scope_trusts)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
order by group_name, item_order;
