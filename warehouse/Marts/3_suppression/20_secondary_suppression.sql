-- Secondary suppression, run until it changes nothing: where a set (a parent and its children) has exactly one
-- suppressed cell, its value could be recovered from the others (the parent less the other children, or the sum
-- of the children), so the smallest other cell is suppressed too.
update work_suppression_cell as c
set suppressed = true
from (
    select s.mart, s.cell_id
    from (
        select
            s.mart,
            s.cell_id,
            c.suppressed,
            count(*) filter (where c.suppressed) over sibling_set as hidden,
            count(*) over sibling_set as members,
            row_number() over (sibling_set order by c.suppressed, c.n, s.cell_id) as rank_in_set
        from work_suppression_sibling as s
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        window sibling_set as (partition by s.mart, s.partition_key, s.set_key)
    ) as s
    where hidden = 1 and members > 1 and not suppressed and rank_in_set = 1
) as revealing
where c.mart = revealing.mart and c.cell_id = revealing.cell_id;
