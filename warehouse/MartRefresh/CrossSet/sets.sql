-- The sets of one mart ($mart) that hold a hidden cell, each member with what the check across sets needs
-- (CrossSetProtection.cs): its count, whether it is hidden and hidden as small, and its unit. Cells and sets are
-- named by their groups (cell_key: the partition and the dims; set_key: its total's cell_key and its relation),
-- never by their ids, which are numbered in no fixed order, so the check reads the same sets in the same order
-- whether the mart's cells were rebuilt alone or with every other mart's.
with cells as (
    select
        cell_id,
        partition_key || chr(29) || array_to_string(list_transform(dims, v -> coalesce(v, chr(30))), chr(31)) as cell_key,
        n,
        suppressed,
        suppressed and hidden_pass is null as small,
        unit_id,
        unit_groups,
        partition_key || chr(29) || unit_key as unit_key
    from work_suppression_cell
    where mart = $mart
),

members as (
    select
        s.set_id,
        s.total,
        c.*
    from work_suppression_sibling as s
    inner join cells as c on c.cell_id = s.cell_id
    where s.mart = $mart
        and s.set_id in (
            select h.set_id
            from work_suppression_sibling as h
            inner join cells as hc on hc.cell_id = h.cell_id
            where h.mart = $mart and hc.suppressed
        )
)

select
    max(cell_key) filter (where total) over (partition by set_id) || chr(29) || cast(set_id % 32 as varchar) as set_key,
    total,
    cell_key,
    n,
    suppressed,
    small,
    unit_id,
    unit_groups,
    unit_key
from members
order by set_key, cell_key;
