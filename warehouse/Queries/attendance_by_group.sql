select
    academic_year_label,
    group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as group_name,
    suppressed,
    enrolments,
    attendance_rate,
    absence_rate,
    persistent_absence_rate,
    severe_absence_rate
from mart_attendance_group
where grouping = $grouping
    and urn is null
    and counting_window = 'year to date'
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
order by academic_year desc, group_name;
