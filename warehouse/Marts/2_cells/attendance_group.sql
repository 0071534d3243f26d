-- Grain: one cell per academic year, counting window, school (or all schools) and combination of up to three groups
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase; up to two pupil groups within a
-- school); null in a group column means "all". Cells under the threshold are suppressed here; 3_suppression adds
-- secondary suppression.
create or replace table work_attendance_group_cell as
-- Enrolments sharing a school and every group are summed first (combined), and those summed again across
-- schools; each cell then adds up combinations rather than enrolments: a cell with a school from the school's
-- combinations, a cell of all schools from the combinations across schools. One grouping per mask of
-- group_masks(), all cells aggregated in a single pass; GROUP BY CUBE would plan 1,024 grouping sets and run far
-- slower. The cells are grouped on numbers: each group's labels are numbered (labels) from the combinations and
-- put back on the cells at the end, and a school's combinations sum into integers. The enrolments are read once:
-- inside the refresh's transaction the table is uncommitted, and each read of it costs seconds. At half a million
-- pupils, 24 million rows of combinations by mask become 464,000 cells in 16 s inside a transaction, where text
-- keys and bigint sums took 22 to 25 s (13 s and 32 s outside one). Trusts are numbered with the schools
-- (dense_rank), since a programme may hold hundreds and finding a label's place in a list is linear (1,500 labels:
-- 2.5 s over 800,000 combinations, against 0.1 s for a join); the other groups have a few labels each.
with schools as (
    select school_key, trust, dense_rank() over (order by trust) as trust_no, phase
    from (select school_key, coalesce(trust, 'No trust') as trust, school_phase(phase) as phase from dim_school)
),

combined as (
    select
        e.academic_year,
        e.academic_year_label,
        e.counting_window,
        e.period,
        e.period_order,
        e.school_key,
        e.gender,
        e.send,
        e.fsm,
        e.disadvantaged,
        e.eal,
        e.ethnicity,
        e.year_group,
        sch.trust_no as trust,
        sch.phase,
        count(*)::integer as enrolments,
        sum(e.possible_sessions)::integer as possible_sessions,
        sum(e.attended_sessions)::integer as attended_sessions,
        sum(e.authorised_absence)::integer as authorised_absence,
        sum(e.unauthorised_absence)::integer as unauthorised_absence,
        (count(*) filter (where e.persistently_absent))::integer as persistent_absentees,
        (count(*) filter (where e.severely_absent))::integer as severe_absentees
    from work_attendance_enrolment as e
    inner join schools as sch on sch.school_key = e.school_key
    group by all
),

labels as (
    select
        list(distinct gender) as gender,
        list(distinct send) as send,
        list(distinct fsm) as fsm,
        list(distinct disadvantaged) as disadvantaged,
        list(distinct eal) as eal,
        list(distinct ethnicity) as ethnicity,
        list(distinct year_group) as year_group,
        (select list(trust order by trust_no) from (select distinct trust, trust_no from schools)) as trust,
        list(distinct phase) as phase
    from combined
),

periods as (
    select distinct academic_year, academic_year_label, counting_window, period, period_order
    from combined
),

combinations as (
    select
        c.academic_year,
        c.period_order,
        c.school_key as school,
        list_position(l.gender, c.gender) as gender,
        list_position(l.send, c.send) as send,
        list_position(l.fsm, c.fsm) as fsm,
        list_position(l.disadvantaged, c.disadvantaged) as disadvantaged,
        list_position(l.eal, c.eal) as eal,
        list_position(l.ethnicity, c.ethnicity) as ethnicity,
        list_position(l.year_group, c.year_group) as year_group,
        c.trust,
        list_position(l.phase, c.phase) as phase,
        c.enrolments,
        c.possible_sessions,
        c.attended_sessions,
        c.authorised_absence,
        c.unauthorised_absence,
        c.persistent_absentees,
        c.severe_absentees
    from combined as c, labels as l
),

across_schools as (
    select
        * exclude (school, enrolments, possible_sessions, attended_sessions, authorised_absence, unauthorised_absence,
            persistent_absentees, severe_absentees),
        sum(enrolments)::bigint as enrolments,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attended_sessions)::bigint as attended_sessions,
        sum(authorised_absence)::bigint as authorised_absence,
        sum(unauthorised_absence)::bigint as unauthorised_absence,
        sum(persistent_absentees)::bigint as persistent_absentees,
        sum(severe_absentees)::bigint as severe_absentees
    from combinations
    group by all
),

cells as (
    select
        c.academic_year,
        c.period_order,
        c.school,
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
),

labelled as (
    select
        c.academic_year,
        p.academic_year_label,
        p.counting_window,
        p.period,
        c.period_order,
        cast(c.school as varchar) as school,
        l.gender[c.gender] as gender,
        l.send[c.send] as send,
        l.fsm[c.fsm] as fsm,
        l.disadvantaged[c.disadvantaged] as disadvantaged,
        l.eal[c.eal] as eal,
        l.ethnicity[c.ethnicity] as ethnicity,
        l.year_group[c.year_group] as year_group,
        l.trust[c.trust] as trust,
        l.phase[c.phase] as phase,
        c.enrolments,
        c.possible_sessions,
        c.attended_sessions,
        c.authorised_absence,
        c.unauthorised_absence,
        c.persistent_absentees,
        c.severe_absentees
    from cells as c
    cross join labels as l
    inner join periods as p on p.academic_year = c.academic_year and p.period_order = c.period_order
)

select
    row_number() over () as cell_id,
    *,
    [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase] as dims,
    enrolments < $suppression_threshold or possible_sessions = 0 as suppressed
from labelled;

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
