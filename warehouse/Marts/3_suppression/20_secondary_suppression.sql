-- Secondary suppression, run until it changes nothing: where a set (a parent and its children) has exactly one
-- suppressed cell, its value could be recovered from the others (the parent less the other children, or the sum
-- of the children), so the smallest other cell is suppressed too: the smallest that counts someone, where there is
-- one, since hiding a count of nobody protects nothing where its zero shows elsewhere (a school with no leavers has
-- none of any kind in its breakdown).
update work_suppression_cell as c
set suppressed = true
from (
    select distinct mart, cell_id
    from (
        select
            s.mart,
            arg_min(s.cell_id, (c.n = 0, c.n, s.cell_id)) filter (where not c.suppressed) as cell_id
        from work_suppression_sibling as s
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        group by s.mart, s.partition_key, s.set_key
        having count(*) filter (where c.suppressed) = 1 and count(*) > 1
    )
) as revealing
where c.mart = revealing.mart and c.cell_id = revealing.cell_id;
