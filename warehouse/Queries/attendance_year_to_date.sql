select
    urn,
    school_name,
    academic_year_label,
    suppressed,
    enrolments,
    attendance_rate,
    absence_rate,
    authorised_absence_rate,
    unauthorised_absence_rate,
    persistent_absence_rate,
    severe_absence_rate
from mart_attendance_school
where counting_window = 'year to date'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
order by academic_year desc, school_name;
