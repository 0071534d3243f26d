-- A school's user, or anyone who chose a trust, school or phase, gets the schools' own rows (group_rows_filtered), named by school in a column of their own; a school's
-- trust and phase (every school row carries them) are not groups within it.
select
    academic_year_label,
    case
        when urn is null then group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase)
        else group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, null, null)
    end as group_name,
    suppressed,
    suppression_reason,
    enrolments,
    attendance_rate,
    absence_rate,
    persistent_absence_rate,
    severe_absence_rate,
    case when urn is not null then school_name end as school_name
from mart_attendance_group
where grouping = $grouping
    and group_rows_filtered(urn, $scope_all, $scope_trusts, $filter_trust, $filter_school, $filter_phase)
    and counting_window = 'year to date'
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
    and row_in_filter(urn, trust, phase, academic_year_label, null, null, $filter_trust, $filter_school, $filter_phase, $filter_year, $filter_term, $filter_wave)
order by academic_year desc, school_name, group_name;
