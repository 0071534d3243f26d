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
order by urn is not null, school_name;
