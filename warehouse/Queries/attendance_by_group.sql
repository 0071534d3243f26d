-- Callers who may see aggregates (every school, or their trusts') get the rows over all schools and over each trust;
-- a school's user, who sees no aggregate, gets their own schools' rows instead, whose trust and phase (every school
-- row carries them) are not groups.
select
    academic_year_label,
    case
        when urn is null then group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase)
        else group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, null, null)
    end as group_name,
    suppressed,
    enrolments,
    attendance_rate,
    absence_rate,
    persistent_absence_rate,
    severe_absence_rate,
    case when urn is not null then school_name end as school_name
from mart_attendance_group
where grouping = $grouping
    and (urn is null) = ($scope_all or len($scope_trusts) > 0)
    and counting_window = 'year to date'
    and row_in_scope(urn, trust, $scope_all, $scope_trusts, $scope_urns)
order by academic_year desc, school_name, group_name;
