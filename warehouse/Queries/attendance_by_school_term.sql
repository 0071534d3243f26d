select
    urn,
    school_name,
    academic_year_label,
    period,
    suppressed,
    enrolments,
    attendance_rate,
    absence_rate
from mart_attendance_school
where urn is not null
    and counting_window = 'term'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, academic_year_label, period, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by academic_year, period_order, school_name;
