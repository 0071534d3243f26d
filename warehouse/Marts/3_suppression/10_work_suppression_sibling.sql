-- The additive relations between one mart's cells ($mart, a mart whose cells the refresh rebuilt), as sets of a total
-- and its parts within a partition:
-- - by a group: a cell with that group (a part) and the cell without it (the total), the school's own trust and
--   phase excepted, since a school's cell always carries them;
-- - by school: a school's cell (a part) and the cells across schools with the same groups (the totals): all
--   schools, its trust, its phase, and its trust and phase, those the mart has.
-- A part looks its total up by its dims with the group emptied (a null and an emptied group both written chr(30)),
-- one hash join on the cells' keys; at national scale this took about half as long as grouping every cell's
-- memberships by a key of its dims (figures in docs/performance.md). A part whose total the mart does not publish
-- is in no set: an unpublished total gives nothing away. A set is numbered by its total and relation (at most 32).
delete from work_suppression_sibling where mart = $mart;

insert into work_suppression_sibling (mart, cell_id, set_id, total)
with cells as (
    select
        cell_id,
        partition_key,
        dims,
        array_to_string(list_transform(dims, v -> coalesce(v, chr(30))), chr(31)) as dims_key
    from work_suppression_cell
    where mart = $mart
),

by_group as (
    select
        c.cell_id,
        c.partition_key,
        r.i as relation,
        array_to_string(
            list_transform(c.dims, (v, j) -> if(j = r.i, chr(30), coalesce(v, chr(30)))), chr(31)
        ) as total_key
    from cells as c, range(2, 16) as r(i)
    where r.i <= len(c.dims) and c.dims[r.i] is not null and (c.dims[1] is null or r.i not in (9, 10))
),

by_school as (
    select
        c.cell_id,
        c.partition_key,
        min(16 + k.keep) as relation,
        array_to_string(
            list_transform(
                c.dims,
                (v, j) -> if(j = 1 or (j = 9 and k.keep & 1 = 0) or (j = 10 and k.keep & 2 = 0), chr(30), coalesce(v, chr(30)))
            ),
            chr(31)
        ) as total_key
    from cells as c, range(0, 4) as k(keep)
    where c.dims[1] is not null
    group by all
),

linked as (
    select p.cell_id, t.cell_id as total_id, t.cell_id * 32 + p.relation as set_id
    from (select * from by_group union all select * from by_school) as p
    inner join cells as t on t.partition_key = p.partition_key and t.dims_key = p.total_key
)

select $mart, cell_id, set_id, false
from linked
union all
select distinct $mart, total_id, set_id, true
from linked;

-- Cells that count the same pupils are one cell shown twice (a school alone in its trust, or in its trust and
-- phase; a group that is all of its total): a total whose parts count nobody but one part. They form one unit
-- (numbered by its first cell), hidden or shown together, so hiding one never hides a total above it for its own
-- sake.
update work_suppression_cell
set unit_id = cell_id
where mart = $mart;

update work_suppression_cell as c
set unit_id = u.unit_id
from (
    with recursive same as (
        select
            max(s.cell_id) filter (where s.total) as a,
            max(s.cell_id) filter (where not s.total and c.n > 0) as b
        from work_suppression_sibling as s
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        where s.mart = $mart
        group by s.set_id
        having count(*) filter (where not s.total and c.n > 0) = 1
    ),

    edges as (
        select a, b from same
        union all
        select b, a from same
    ),

    reach(cell_id, unit_id) as (
        select distinct a, a from edges
        union
        select e.b, r.unit_id
        from reach as r
        inner join edges as e on e.a = r.cell_id
    )

    select cell_id, min(unit_id) as unit_id
    from reach
    group by cell_id
) as u
where c.mart = $mart and c.cell_id = u.cell_id;

-- A unit with a cell under the threshold is hidden whole, for the same reason.
update work_suppression_cell as c
set suppressed = c.suppressed or u.suppressed, unit_groups = u.unit_groups, unit_key = u.unit_key
from (
    select
        unit_id,
        bool_or(suppressed) as suppressed,
        min(len(list_filter(dims, v -> v is not null))) as unit_groups,
        min(array_to_string(list_transform(dims, v -> coalesce(v, chr(30))), chr(31))) as unit_key
    from work_suppression_cell
    where mart = $mart
    group by unit_id
) as u
where c.mart = $mart and c.unit_id = u.unit_id;
