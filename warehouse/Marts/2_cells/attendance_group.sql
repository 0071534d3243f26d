-- Grain: one cell per academic year, counting window, school (or all schools) and combination of up to three
-- (two within a school) pupil groups (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group); null in a group column means
-- "all". Cells under the threshold are suppressed here; 3_suppression adds secondary suppression.
create or replace table work_attendance_group_cell as
-- One bit per column that a cell may break down by: bit 0 the school, bits 1 to 7 the pupil groups. Every
-- enrolment is counted once in each cell it belongs to (one grouping per mask), then all cells aggregate in a
-- single pass; GROUP BY CUBE would plan 256 grouping sets and run far slower. Combinations of three groups are
-- kept for all schools together; within one school they would almost all be suppressed.
with masks as (
    select mask
    from range(0, 256) as r(mask)
    where bit_count(mask >> 1) <= case when mask & 1 > 0 then 2 else 3 end
),

cells as (
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
        7 - bit_count(m.mask >> 1) as groups_left_out,
        count(*) as enrolments,
        sum(e.possible_sessions) as possible_sessions,
        sum(e.attended_sessions) as attended_sessions,
        sum(e.authorised_absence) as authorised_absence,
        sum(e.unauthorised_absence) as unauthorised_absence,
        count(*) filter (where e.persistently_absent) as persistent_absentees,
        count(*) filter (where e.severely_absent) as severe_absentees
    from work_attendance_enrolment as e
    cross join masks as m
    group by all
)

select
    row_number() over () as cell_id,
    *,
    [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group] as dims,
    enrolments < $suppression_threshold or possible_sessions = 0 as suppressed
from cells;

insert into work_suppression_cell
select
    'attendance_group',
    cell_id,
    concat_ws('|', academic_year, counting_window, period),
    dims,
    enrolments,
    suppressed
from work_attendance_group_cell;
