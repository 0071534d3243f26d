-- The true, unsuppressed counts behind the audit's cells of mart_attendance_group (attendance_group.sql), for
-- diagnosing the audit: the group mart's cells before suppression, and the enrolments of each school, each trust, each
-- phase and all schools as mart_attendance_school and mart_exclusions_school count them.
select
    false as linked,
    concat_ws('|', c.academic_year, c.counting_window, c.period) as partition_key,
    cast(s.urn as varchar) as urn,
    [c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group] as dims,
    c.trust,
    c.phase,
    c.enrolments as n,
    if(c.enrolments < 10, 'small', null) as reason
from work_attendance_group_cell as c
left join dim_school as s on cast(s.school_key as varchar) = c.school
union all
select
    true,
    concat_ws('|', e.academic_year, e.counting_window, e.period),
    cast(s.urn as varchar),
    [null, null, null, null, null, null, null]::varchar[],
    null,
    null,
    count(*),
    null
from work_attendance_enrolment as e
inner join dim_school as s on s.school_key = e.school_key
group by all
union all
select
    true,
    concat_ws('|', e.academic_year, e.counting_window, e.period),
    null,
    [null, null, null, null, null, null, null]::varchar[],
    s.trust,
    s.phase,
    count(*),
    null
from work_attendance_enrolment as e
inner join (select school_key, coalesce(trust, 'No trust') as trust, school_phase(phase) as phase from dim_school) as s
    on s.school_key = e.school_key
group by grouping sets ((e.academic_year, e.counting_window, e.period), (e.academic_year, e.counting_window, e.period, s.trust),
    (e.academic_year, e.counting_window, e.period, s.phase))
