-- Grain: one cell per academic year, counting window, school (or all schools) and combination of up to two groups
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase; one pupil group within a
-- school); null in a group column means "all". Cells under the threshold are suppressed here; 3_suppression adds
-- secondary suppression.
create or replace table work_attendance_group_cell as
-- Enrolments sharing a school and every group are summed first (combined), and those summed again across
-- schools; each cell then adds up combinations rather than enrolments: a cell with a school from the school's
-- combinations, a cell of all schools from the combinations across schools. One grouping per mask of
-- attendance_group_masks(), all cells aggregated in a single pass; GROUP BY CUBE would plan 1,024 grouping sets
-- and run far slower. The cells are grouped on one number: each group's labels are numbered (labels), the numbers packed into
-- one bigint (groups: five bits for each pupil group and the phase, 23 for the trust; labels checks they fit), a
-- mask keeps the bits of its groups (masks), the cells are numbered (cell_id) while they are still numbers, and
-- the labels are put back at the end. Grouped on ten numbers instead, the aggregate outgrew the default memory
-- limit (Warehouse:MemoryLimit) and spilled, and numbering the labelled cells held them all, text and all, at once;
-- grouping on one number is what keeps the national-scale script well inside the limit and several times faster
-- (figures in docs/performance.md). The enrolments are read once:
-- inside the refresh's transaction the table is uncommitted, and each read of it costs seconds. Trusts are
-- numbered with the schools (dense_rank), since a programme may hold hundreds and finding a label's place in a
-- list is linear, so with many trusts a join on the number is far cheaper than a list look-up; the other groups have
-- a few labels each.
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
    having if(
        coalesce(greatest(len(gender), len(send), len(fsm), len(disadvantaged), len(eal), len(ethnicity), len(year_group), len(phase)), 0) <= 31
            and coalesce(len(trust), 0) < 8388608,
        true,
        error('attendance_group cells: a group has more labels than its bits in the packed groups can number')
    )
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
        list_position(l.gender, c.gender)::bigint
            | (list_position(l.send, c.send)::bigint << 5)
            | (list_position(l.fsm, c.fsm)::bigint << 10)
            | (list_position(l.disadvantaged, c.disadvantaged)::bigint << 15)
            | (list_position(l.eal, c.eal)::bigint << 20)
            | (list_position(l.ethnicity, c.ethnicity)::bigint << 25)
            | (list_position(l.year_group, c.year_group)::bigint << 30)
            | (list_position(l.phase, c.phase)::bigint << 35)
            | (c.trust::bigint << 40) as groups,
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
        academic_year,
        period_order,
        null::integer as school,
        groups,
        sum(enrolments)::bigint as enrolments,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attended_sessions)::bigint as attended_sessions,
        sum(authorised_absence)::bigint as authorised_absence,
        sum(unauthorised_absence)::bigint as unauthorised_absence,
        sum(persistent_absentees)::bigint as persistent_absentees,
        sum(severe_absentees)::bigint as severe_absentees
    from combinations
    group by academic_year, period_order, groups
),

masks as (
    select
        mask,
        (if(mask & 2 > 0, 31, 0)::bigint
            | (if(mask & 4 > 0, 31, 0)::bigint << 5)
            | (if(mask & 8 > 0, 31, 0)::bigint << 10)
            | (if(mask & 16 > 0, 31, 0)::bigint << 15)
            | (if(mask & 32 > 0, 31, 0)::bigint << 20)
            | (if(mask & 64 > 0, 31, 0)::bigint << 25)
            | (if(mask & 128 > 0, 31, 0)::bigint << 30)
            | (if(mask & 512 > 0, 31, 0)::bigint << 35)
            | (if(mask & 256 > 0, 8388607, 0)::bigint << 40)) as kept
    from attendance_group_masks()
),

cells as (
    select
        c.academic_year,
        c.period_order,
        c.school,
        c.groups & m.kept as groups,
        row_number() over () as cell_id,
        sum(c.enrolments)::bigint as enrolments,
        sum(c.possible_sessions)::bigint as possible_sessions,
        sum(c.attended_sessions)::bigint as attended_sessions,
        sum(c.authorised_absence)::bigint as authorised_absence,
        sum(c.unauthorised_absence)::bigint as unauthorised_absence,
        sum(c.persistent_absentees)::bigint as persistent_absentees,
        sum(c.severe_absentees)::bigint as severe_absentees
    from (
        select * from combinations
        union all
        select * from across_schools
    ) as c
    inner join masks as m on (m.mask & 1 > 0) = (c.school is not null)
    group by c.academic_year, c.period_order, c.school, c.groups & m.kept
),

labelled as (
    select
        c.cell_id,
        c.academic_year,
        p.academic_year_label,
        p.counting_window,
        p.period,
        c.period_order,
        cast(c.school as varchar) as school,
        l.gender[nullif(c.groups & 31, 0)] as gender,
        l.send[nullif((c.groups >> 5) & 31, 0)] as send,
        l.fsm[nullif((c.groups >> 10) & 31, 0)] as fsm,
        l.disadvantaged[nullif((c.groups >> 15) & 31, 0)] as disadvantaged,
        l.eal[nullif((c.groups >> 20) & 31, 0)] as eal,
        l.ethnicity[nullif((c.groups >> 25) & 31, 0)] as ethnicity,
        l.year_group[nullif((c.groups >> 30) & 31, 0)] as year_group,
        l.trust[nullif(c.groups >> 40, 0)] as trust,
        l.phase[nullif((c.groups >> 35) & 31, 0)] as phase,
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
