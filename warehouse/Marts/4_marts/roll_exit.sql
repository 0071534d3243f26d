-- Grain: one row per academic year, area (all schools, a trust, or a school) and pupil group. Leavers by how their
-- exit counts and by destination, and the unexplained-exit rate: pupils who left the roll without moving to
-- another school and without a permanent exclusion, per 100 pupils on roll. A count is null when suppressed (some
-- leavers but fewer than the threshold, or needed to protect one that is); no leavers at all is a true 0.
create or replace table mart_roll_exit as
with cells as (
    select
        c.* replace (s.suppressed as suppressed),
        case when not s.suppressed then c.leavers end as shown
    from work_roll_exit_cell as c
    inner join work_suppression_cell as s on s.mart = 'roll_exit' and s.cell_id = c.cell_id
),

-- A breakdown count is 0 when no cell exists (no leaver of that kind), null when its cell is suppressed. Every
-- area and group has its all-leavers cell, so every row finds its breakdown.
breakdown as (
    select
        academic_year,
        area_level,
        school,
        trust,
        grouping,
        group_value,
        case when count(*) filter (where exit_type = 'moved school' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'moved school' and exit_level = 1) end as moved_school,
        case when count(*) filter (where exit_type = 'permanent exclusion' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'permanent exclusion' and exit_level = 1) end as permanent_exclusion,
        case when count(*) filter (where exit_type = 'unexplained' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'unexplained' and exit_level = 1) end as unexplained,
        case when count(*) filter (where destination = 'elective home education') = 0 then 0
            else max(shown) filter (where destination = 'elective home education') end as elective_home_education,
        case when count(*) filter (where destination = 'alternative provision') = 0 then 0
            else max(shown) filter (where destination = 'alternative provision') end as alternative_provision,
        case when count(*) filter (where destination = 'unknown or missing education') = 0 then 0
            else max(shown) filter (where destination = 'unknown or missing education') end as unknown_or_missing_education,
        case when count(*) filter (where destination = 'other') = 0 then 0
            else max(shown) filter (where destination = 'other') end as other_destination
    from cells
    group by all
)

select
    t.academic_year,
    t.academic_year_label,
    case t.area_level when 0 then 'All schools' when 1 then 'Trust' else 'School' end as area_level,
    coalesce(sch.name, t.trust, 'All schools') as area,
    sch.urn,
    t.trust,
    t.grouping,
    t.group_value,
    case when t.pupils >= $suppression_threshold then t.pupils end as on_roll,
    t.shown as leavers,
    b.moved_school,
    b.permanent_exclusion,
    b.unexplained,
    case when t.pupils >= $suppression_threshold then round(100.0 * b.unexplained / t.pupils, 2) end as unexplained_exit_rate,
    b.elective_home_education,
    b.alternative_provision,
    b.unknown_or_missing_education,
    b.other_destination
from cells as t
inner join breakdown as b
    on b.academic_year = t.academic_year
    and b.area_level = t.area_level
    and b.school is not distinct from t.school
    and b.trust is not distinct from t.trust
    and b.grouping = t.grouping
    and b.group_value is not distinct from t.group_value
left join dim_school as sch on cast(sch.school_key as varchar) = t.school
where t.exit_level = 0;

comment on table mart_roll_exit is 'Leavers and silent exits per school, trust and all schools, by pupil group, each academic year: leavers by exit type and destination, and the unexplained-exit rate per 100 on roll; small counts suppressed with secondary suppression.';
comment on column mart_roll_exit.on_roll is 'Pupils a census, attendance record or roll change places on the roll that year; null under the threshold.';
comment on column mart_roll_exit.unexplained is 'Leavers who did not move to another school and were not permanently excluded.';
comment on column mart_roll_exit.unexplained_exit_rate is 'Unexplained leavers per 100 pupils on roll.';
