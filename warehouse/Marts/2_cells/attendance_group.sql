-- Grain: one cell per academic year, counting window, school (or all schools) and combination of up to three groups
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase; up to two pupil groups within a
-- school); null in a group column means "all". Cells under the threshold are suppressed here; 3_suppression adds
-- secondary suppression.
create or replace table work_attendance_group_cell as
-- Enrolments sharing a school and every group are summed first (combinations), and those summed again across
-- schools; each cell then adds up combinations rather than enrolments: a cell with a school from the school's
-- combinations, a cell of all schools from the combinations across schools. One grouping per mask of
-- group_masks(), all cells aggregated in a single pass; GROUP BY CUBE would plan 1,024 grouping sets and run far slower.
with combinations as (
    select
        e.academic_year,
        e.academic_year_label,
        e.counting_window,
        e.period,
        e.period_order,
        cast(e.school_key as varchar) as school,
        e.gender,
        e.send,
        e.fsm,
        e.disadvantaged,
        e.eal,
        e.ethnicity,
        e.year_group,
        coalesce(sch.trust, 'No trust') as trust,
        school_phase(sch.phase) as phase,
        count(*) as enrolments,
        sum(e.possible_sessions)::bigint as possible_sessions,
        sum(e.attended_sessions)::bigint as attended_sessions,
        sum(e.authorised_absence)::bigint as authorised_absence,
        sum(e.unauthorised_absence)::bigint as unauthorised_absence,
        count(*) filter (where e.persistently_absent) as persistent_absentees,
        count(*) filter (where e.severely_absent) as severe_absentees
    from work_attendance_enrolment as e
    inner join dim_school as sch on sch.school_key = e.school_key
    group by all
),

across_schools as (
    select
        * exclude (school, enrolments, possible_sessions, attended_sessions, authorised_absence, unauthorised_absence,
            persistent_absentees, severe_absentees),
        null::varchar as school,
        sum(enrolments) as enrolments,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attended_sessions)::bigint as attended_sessions,
        sum(authorised_absence)::bigint as authorised_absence,
        sum(unauthorised_absence)::bigint as unauthorised_absence,
        sum(persistent_absentees) as persistent_absentees,
        sum(severe_absentees) as severe_absentees
    from combinations
    group by all
),

cells as (
    select
        c.academic_year,
        c.academic_year_label,
        c.counting_window,
        c.period,
        c.period_order,
        case when m.mask & 1 > 0 then c.school end as school,
        case when m.mask & 2 > 0 then c.gender end as gender,
        case when m.mask & 4 > 0 then c.send end as send,
        case when m.mask & 8 > 0 then c.fsm end as fsm,
        case when m.mask & 16 > 0 then c.disadvantaged end as disadvantaged,
        case when m.mask & 32 > 0 then c.eal end as eal,
        case when m.mask & 64 > 0 then c.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then c.year_group end as year_group,
        case when m.mask & 256 > 0 then c.trust end as trust,
        case when m.mask & 512 > 0 then c.phase end as phase,
        sum(c.enrolments)::bigint as enrolments,
        sum(c.possible_sessions)::bigint as possible_sessions,
        sum(c.attended_sessions)::bigint as attended_sessions,
        sum(c.authorised_absence)::bigint as authorised_absence,
        sum(c.unauthorised_absence)::bigint as unauthorised_absence,
        sum(c.persistent_absentees)::bigint as persistent_absentees,
        sum(c.severe_absentees)::bigint as severe_absentees
    from (
        select * from combinations
        union all by name
        select * from across_schools
    ) as c
    inner join group_masks() as m on (m.mask & 1 > 0) = (c.school is not null)
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
