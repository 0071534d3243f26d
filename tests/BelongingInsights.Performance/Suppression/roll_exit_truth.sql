-- The true, unsuppressed counts behind the audit's cells of mart_roll_exit (roll_exit.sql), for diagnosing the audit:
-- the leavers mart's cells before suppression, each exit type and destination a cell of its own. An exit type or
-- destination no pupil took has no cell here; the mart shows it as 0. And each cell's pupils on roll.
select
    false as linked,
    cast(c.academic_year as varchar) as partition_key,
    cast(s.urn as varchar) as urn,
    [c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group, c.exit_type, c.destination] as dims,
    c.trust,
    c.phase,
    c.leavers as n,
    if(c.leavers between 1 and 9, 'small', null) as reason
from work_roll_exit_cell as c
left join dim_school as s on cast(s.school_key as varchar) = c.school
union all
select
    false,
    cast(c.academic_year as varchar) || '|on roll',
    cast(s.urn as varchar),
    [c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group, null, null],
    c.trust,
    c.phase,
    c.pupils,
    if(c.pupils < 10, 'small', null)
from work_roll_exit_cell as c
left join dim_school as s on cast(s.school_key as varchar) = c.school
where c.exit_level = 0
