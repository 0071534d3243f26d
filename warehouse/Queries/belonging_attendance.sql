select
    wave,
    academic_year_label,
    measure,
    belonging_group,
    group_order,
    suppressed,
    suppression_reason,
    respondents,
    mean_score,
    attendance_rate,
    persistent_absence_rate,
    suspension_rate,
    one_or_more_suspension_rate
from mart_belonging_attendance
where instrument = $instrument
    and level = 'pupil'
    and urn is null
    and row_in_scope(urn, null, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, academic_year_label, null, wave, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by wave_order, academic_year, measure desc, group_order;
