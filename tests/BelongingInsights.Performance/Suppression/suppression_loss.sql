-- What suppression costs each mart ($threshold): cells, small (primary) and complement (secondary) cells, cells at or
-- above the threshold and those hidden, the same across all schools, the all-schools cells of a one- or two-group
-- breakdown hidden although their own table (same partition, same groups) holds no small cell, and the passes.
with cells as (
    select
        mart,
        partition_key,
        list_transform(dims, v -> v is null) as table_key,
        dims[1] is null as all_schools,
        dims[1] is null and len(list_filter(dims[2:], v -> v is not null)) between 1 and 2 as headline,
        n,
        suppressed and hidden_pass is null as small,
        suppressed and hidden_pass is not null as complement,
        hidden_pass
    from work_suppression_cell
),

tables as (
    select mart, partition_key, table_key, bool_or(small) as has_small
    from cells
    group by all
)

select
    c.mart,
    count(*),
    count(*) filter (where c.small),
    count(*) filter (where c.complement),
    count(*) filter (where c.n >= $threshold),
    count(*) filter (where c.n >= $threshold and (c.small or c.complement)),
    count(*) filter (where c.all_schools and c.n >= $threshold),
    count(*) filter (where c.all_schools and c.n >= $threshold and (c.small or c.complement)),
    count(*) filter (where c.headline and c.complement and not t.has_small),
    coalesce(max(c.hidden_pass), 0)
from cells as c
inner join tables as t using (mart, partition_key, table_key)
group by c.mart
order by c.mart
