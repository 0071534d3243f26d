-- Grain: one cell per academic year, counting window, school (or all schools) and combination of up to three groups
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase; up to two pupil groups within a
-- school); null in a group column means "all". Cells under the threshold are suppressed here; 3_suppression adds
-- secondary suppression.
create or replace table work_attendance_group_cell as
-- Every enrolment is counted once in each cell it belongs to (one grouping per mask of group_masks()), then all
-- cells aggregate in a single pass; GROUP BY CUBE would plan 1,024 grouping sets and run far slower.
with cells as (
    select
        e.academic_year,
        e.academic_year_label,
        e.counting_window,
        e.period,
        e.period_order,
        case when m.mask & 1 > 0 then cast(e.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then e.gender end as gender,
        case when m.mask & 4 > 0 then e.send end as send,
        case when m.mask & 8 > 0 then e.fsm end as fsm,
        case when m.mask & 16 > 0 then e.disadvantaged end as disadvantaged,
        case when m.mask & 32 > 0 then e.eal end as eal,
        case when m.mask & 64 > 0 then e.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then e.year_group end as year_group,
        case when m.mask & 256 > 0 then coalesce(sch.trust, 'No trust') end as trust,
        case when m.mask & 512 > 0 then school_phase(sch.phase) end as phase,
        count(*) as enrolments,
        sum(e.possible_sessions) as possible_sessions,
        sum(e.attended_sessions) as attended_sessions,
        sum(e.authorised_absence) as authorised_absence,
        sum(e.unauthorised_absence) as unauthorised_absence,
        count(*) filter (where e.persistently_absent) as persistent_absentees,
        count(*) filter (where e.severely_absent) as severe_absentees
    from work_attendance_enrolment as e
    inner join dim_school as sch on sch.school_key = e.school_key
    cross join group_masks() as m
    group by all
)

select
    row_number() over () as cell_id,
    *,
    [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase] as dims,
    enrolments < $suppression_threshold or possible_sessions = 0 as suppressed
from cells;

delete from work_suppression_cell where mart = 'attendance_group';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'attendance_group',
    cell_id,
    concat_ws('|', academic_year, counting_window, period),
    dims,
    enrolments,
    suppressed
from work_attendance_group_cell;
