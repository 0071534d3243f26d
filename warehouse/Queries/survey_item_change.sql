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
    and group_rows_filtered(urn, $scope_all, $scope_trusts, $filter_trust, $filter_school, $filter_phase)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, trust, phase, null, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by group_name, item_order;
