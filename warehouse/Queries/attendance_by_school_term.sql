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
where counting_window = 'term'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
order by academic_year, period_order, school_name;
