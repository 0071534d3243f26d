select
    school_name,
    suppressed,
    pairs,
    baseline_mean,
    endline_mean,
    mean_difference,
    sd_difference,
    effect_size_dz
from mart_survey_paired_scale
where instrument = $instrument
    and row_in_scope(urn, null, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, null, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by urn is not null, school_name;
