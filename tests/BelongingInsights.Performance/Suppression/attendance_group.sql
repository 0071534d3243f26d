-- The audit's cells of mart_attendance_group: its published enrolments, and beside them (linked) mart_attendance_school's
-- enrolments, the same count for a school and period with no pupil group.
select
    false as linked,
    concat_ws('|', academic_year, counting_window, period) as partition_key,
    cast(urn as varchar) as urn,
    [gender, send, fsm, disadvantaged, eal, ethnicity, year_group] as dims,
    trust,
    phase,
    enrolments as n,
    suppression_reason as reason
from mart_attendance_group
union all
select
    true,
    concat_ws('|', academic_year, counting_window, period),
    cast(urn as varchar),
    [null, null, null, null, null, null, null]::varchar[],
    null,
    null,
    enrolments,
    suppression_reason
from mart_attendance_school
