select
    item_order,
    item_text,
    reverse_coded,
    wave,
    area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    suppressed,
    suppression_reason,
    respondents,
    positive_pct,
    positive_low,
    positive_high,
    negative_pct,
    unanswered_pct
from mart_survey_item
where instrument = $instrument
    and group_rows_filtered(urn, $scope_all, $scope_trusts, $filter_trust, $filter_school, $filter_phase)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, trust, phase, null, null, wave, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by group_name, item_order, wave_order;
