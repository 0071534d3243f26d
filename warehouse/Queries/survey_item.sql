select
    item_order,
    item_text,
    wave,
    area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    suppressed,
    respondents,
    positive_pct,
    positive_low,
    positive_high,
    negative_pct,
    unanswered_pct
from mart_survey_item
where instrument = $instrument
    and group_rows_for(urn, $scope_all, $scope_trusts)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
order by group_name, item_order, wave_order;
