select
    wave,
    area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    suppressed,
    suppression_reason,
    respondents,
    mean_score,
    mean_low,
    mean_high,
    sd_score,
    alpha,
    alpha_respondents
from mart_survey_scale
where instrument = $instrument
    and group_rows_filtered(urn, $scope_all, $scope_trusts, $filter_trust, $filter_school, $filter_phase)
    and grouping = $grouping
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, trust, phase, null, null, wave, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by group_name, wave_order;
