-- Each breakdown cell belongs to one sibling set per group it breaks down by: the cells of the same mart and
-- partition that differ from it in that group only, which together add up to their parent.
create or replace table work_suppression_sibling as
select
    c.mart,
    c.cell_id,
    c.partition_key,
    list_transform(c.dims, (v, j) -> case when j = r.i then '*' else coalesce(v, '') end) as set_key
from work_suppression_cell as c, range(1, 16) as r(i)
where r.i <= len(c.dims) and c.dims[r.i] is not null;
