-- Grain: one cell per academic year, school (or all schools), combination of groups of roll_exit_group_masks()
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase: up to two across schools, none within
-- a school) and exit (all pupils on roll, an exit type, or a destination, which carries its exit type; as far as the
-- grouping's exit_detail goes: exit types for all pupils and single groups, destinations for all pupils); null in a
-- group column means "all". A cell counts the pupils on roll it covers and the leavers among them; cells with some
-- leavers but fewer than the threshold are suppressed here (no leavers at all discloses no one), and 3_suppression
-- adds secondary suppression across sibling schools, groups, exit types and destinations.
create or replace table work_roll_exit_cell as
-- Every pupil on roll is counted once in each cell it belongs to (one grouping per mask of roll_exit_group_masks),
-- and a leaver also under its exit type and its destination, all in a single aggregation. Schools in no trust add up under No trust.
with exits (exit_level) as (
    values (0), (1), (2)
),

cells as (
    select
        p.academic_year,
        p.academic_year_label,
        case when m.mask & 1 > 0 then cast(p.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then p.gender end as gender,
        case when m.mask & 4 > 0 then p.send end as send,
        case when m.mask & 8 > 0 then p.fsm end as fsm,
        case when m.mask & 16 > 0 then p.disadvantaged end as disadvantaged,
        case when m.mask & 32 > 0 then p.eal end as eal,
        case when m.mask & 64 > 0 then p.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then p.year_group end as year_group,
        case when m.mask & 256 > 0 then coalesce(p.trust, 'No trust') end as trust,
        case when m.mask & 512 > 0 then p.phase end as phase,
        m.exit_detail,
        x.exit_level,
        case when x.exit_level >= 1 then p.exit_type end as exit_type,
        case when x.exit_level = 2 then p.destination end as destination,
        count(*) as pupils,
        count(p.exit_type) as leavers
    from work_roll_pupil as p
    cross join roll_exit_group_masks() as m
    cross join exits as x
    where (x.exit_level = 0 or p.exit_type is not null) and x.exit_level <= m.exit_detail
    group by all
)

select
    row_number() over () as cell_id,
    *,
    [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase, exit_type, destination] as dims,
    leavers > 0 and leavers < $suppression_threshold as suppressed
from cells;

delete from work_suppression_cell where mart = 'roll_exit';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'roll_exit',
    cell_id,
    cast(academic_year as varchar),
    dims,
    leavers,
    suppressed
from work_roll_exit_cell;
