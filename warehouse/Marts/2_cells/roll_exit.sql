-- Grain: one cell per academic year, area (all schools, a trust or No trust, or a school, which carries its trust,
-- so the schools of each trust add up to it and the trusts to all schools), pupil group (all pupils, or one value of
-- one characteristic) and exit (all pupils on roll, an exit type, or a destination, which carries its exit type). A
-- cell counts the pupils on roll it covers and the leavers among them; cells with some leavers but fewer than the
-- threshold are suppressed here (no leavers at all discloses no one), and 3_suppression adds secondary suppression
-- across sibling schools, groups, exit types and destinations.
create or replace table work_roll_exit_cell as
with areas (area_level) as (
    values (0), (1), (2)
),

groupings (grouping_id, grouping) as (
    values (0, 'All pupils'), (1, 'Gender'), (2, 'SEND'), (3, 'FSM'), (4, 'Disadvantaged'), (5, 'EAL'), (6, 'Ethnicity'),
        (7, 'Year group')
),

exits (exit_level) as (
    values (0), (1), (2)
),

cells as (
    select
        p.academic_year,
        p.academic_year_label,
        a.area_level,
        case when a.area_level = 2 then cast(p.school_key as varchar) end as school,
        case when a.area_level >= 1 then coalesce(p.trust, 'No trust') end as trust,
        g.grouping,
        case g.grouping_id
            when 1 then p.gender
            when 2 then p.send
            when 3 then p.fsm
            when 4 then p.disadvantaged
            when 5 then p.eal
            when 6 then p.ethnicity
            when 7 then p.year_group
        end as group_value,
        x.exit_level,
        case when x.exit_level >= 1 then p.exit_type end as exit_type,
        case when x.exit_level = 2 then p.destination end as destination,
        count(*) as pupils,
        count(p.exit_type) as leavers
    from work_roll_pupil as p
    cross join areas as a
    cross join groupings as g
    cross join exits as x
    where x.exit_level = 0 or p.exit_type is not null
    group by all
)

select
    row_number() over () as cell_id,
    *,
    [school, trust, group_value, exit_type, destination] as dims,
    leavers > 0 and leavers < $suppression_threshold as suppressed
from cells;

delete from work_suppression_cell where mart = 'roll_exit';

insert into work_suppression_cell
select
    'roll_exit',
    cell_id,
    concat_ws('|', academic_year, grouping),
    dims,
    leavers,
    suppressed
from work_roll_exit_cell;
