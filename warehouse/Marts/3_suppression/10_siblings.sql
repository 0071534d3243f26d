-- Each breakdown cell belongs to one set per group it could break down by: the cells of the same mart and
-- partition that differ from it in that group only (it is one of them when it has that group, their parent when
-- it has not), since the parent is the sum of its children. A set whose parent is the only cell left with no
-- children is dropped. With the parent in the set, a parent hidden by secondary suppression hides one of its
-- children too, and a cell that is its parent's only child (a trust of one school, a phase of one trust) is hidden
-- with it, so a school sitting in two hierarchies at once (its trust and its phase) cannot be recovered through
-- either. Runs for one mart at a time ($mart), the marts whose cells the refresh rebuilt.
delete from work_suppression_sibling where mart = $mart;

insert into work_suppression_sibling
with memberships as (
    select
        c.mart,
        c.cell_id,
        c.partition_key,
        array_to_string(list_transform(c.dims, (v, j) -> case when j = r.i then '*' else coalesce(v, '') end), chr(31)) as set_key,
        c.dims[r.i] is not null as is_child,
        r.i
    from work_suppression_cell as c, range(1, 16) as r(i)
    where c.mart = $mart and r.i <= len(c.dims)
),

-- A set is numbered by its first cell and the group its cells differ in (at most 15): a cell is in one set per group.
sets as (
    select partition_key, set_key, min(cell_id) * 16 + any_value(i) as set_id
    from memberships
    group by partition_key, set_key
    having bool_or(is_child)
)

select m.mart, m.cell_id, s.set_id
from memberships as m
inner join sets as s on s.partition_key = m.partition_key and s.set_key = m.set_key;
