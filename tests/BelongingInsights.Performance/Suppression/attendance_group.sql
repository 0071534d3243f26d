-- The audit's cells of mart_attendance_group: its published enrolments, and beside them (linked) the same count for a
-- school, a trust, a phase or all schools and period with no pupil group as mart_attendance_school's enrolments and
-- mart_exclusions_school's pupils on roll show it.
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
    if(urn is null, trust, null),
    if(urn is null, phase, null),
    enrolments,
    suppression_reason
from mart_attendance_school
union all
select
    true,
    concat_ws('|', academic_year, counting_window, period),
    cast(urn as varchar),
    [null, null, null, null, null, null, null]::varchar[],
    if(urn is null, trust, null),
    if(urn is null, phase, null),
    pupils_on_roll,
    pupils_on_roll_reason
from mart_exclusions_school
where pupils_on_roll is not null or pupils_on_roll_reason is not null
