-- Each breakdown cell belongs to one set per group it could break down by: the cells of the same mart and
-- partition that differ from it in that group only (it is one of them when it has that group, their parent when
-- it has not), since the parent is the sum of its children. A set whose parent is the only cell left with no
-- children is dropped. With the parent in the set, a parent hidden by secondary suppression hides one of its
-- children too, and a cell that is its parent's only child (a trust of one school, a phase of one trust) is hidden
-- with it, so a school sitting in two hierarchies at once (its trust and its phase) cannot be recovered through
-- either. Runs for one mart at a time ($mart), the marts whose cells the refresh rebuilt.
delete from work_suppression_sibling where mart = $mart;

insert into work_suppression_sibling
-- A set is found from its children: a cell with a group is a child in that group's set, whose parent has the same
-- dims but that group, so each child looks its parent up by its dims with that group emptied (a null and an emptied
-- group both written chr(30)), one hash join on the cells' keys, instead of grouping every cell's membership of
-- every group by a key of its dims: most sets are a parent alone, and grouping millions of memberships by a text key
-- took about twice as long as the look-up at national scale (figures in docs/performance.md). A set
-- is numbered by its parent and group (at most 15); the rare set with no parent cell (when no cell of the mart
-- lacks that group, as a school cell its trust) by its first child, which is never a parent in that group.
with cells as (
    select
        cell_id,
        partition_key,
        dims,
        array_to_string(list_transform(dims, v -> coalesce(v, chr(30))), chr(31)) as dims_key
    from work_suppression_cell
    where mart = $mart
),

children as (
    select
        c.cell_id,
        c.partition_key,
        r.i,
        array_to_string(
            list_transform(c.dims, (v, j) -> if(j = r.i, chr(30), coalesce(v, chr(30)))), chr(31)
        ) as parent_key
    from cells as c, range(1, 16) as r(i)
    where r.i <= len(c.dims) and c.dims[r.i] is not null
),

linked as (
    select ch.cell_id, ch.i, ch.partition_key, ch.parent_key, p.cell_id as parent_id
    from children as ch
    left join cells as p on p.partition_key = ch.partition_key and p.dims_key = ch.parent_key
)

select $mart, cell_id, parent_id * 16 + i
from linked
where parent_id is not null
union all
select distinct $mart, parent_id, parent_id * 16 + i
from linked
where parent_id is not null
union all
select $mart, cell_id, min(cell_id) over (partition by partition_key, parent_key, i) * 16 + i
from linked
where parent_id is null;
