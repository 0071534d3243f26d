select
    school_name,
    baseline_wave,
    endline_wave,
    suppressed,
    baseline_respondents,
    baseline_linked,
    endline_respondents,
    endline_linked,
    in_both,
    retained_pct
from mart_survey_attrition
where instrument = $instrument
    and row_in_scope(urn, null, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, null, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by urn is not null, school_name;
