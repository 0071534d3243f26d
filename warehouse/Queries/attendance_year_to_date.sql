select
    urn,
    school_name,
    academic_year_label,
    suppressed,
    suppression_reason,
    enrolments,
    attendance_rate,
    absence_rate,
    authorised_absence_rate,
    unauthorised_absence_rate,
    persistent_absence_rate,
    severe_absence_rate
from mart_attendance_school
where urn is not null
    and counting_window = 'year to date'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, null, null, academic_year_label, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by academic_year desc, school_name;
