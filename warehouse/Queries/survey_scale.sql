select
    wave,
    area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    suppressed,
    respondents,
    mean_score,
    mean_low,
    mean_high,
    sd_score,
    alpha,
    alpha_respondents
from mart_survey_scale
where instrument = $instrument
    and group_rows_for(urn, $scope_all, $scope_trusts)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
order by group_name, wave_order;
