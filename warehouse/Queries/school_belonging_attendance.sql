select
    school_name,
    wave,
    academic_year_label,
    suppressed,
    suppression_reason,
    respondents,
    mean_score,
    attendance_rate,
    persistent_absence_rate
from mart_belonging_attendance
where instrument = $instrument
    and level = 'school'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, academic_year_label, null, wave, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by school_name, wave_order, academic_year;
