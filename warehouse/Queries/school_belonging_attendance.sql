select
    school_name,
    wave,
    academic_year_label,
    suppressed,
    respondents,
    mean_score,
    attendance_rate,
    persistent_absence_rate
from mart_belonging_attendance
where instrument = $instrument
    and level = 'school'
    and school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
order by school_name, wave_order, academic_year;
