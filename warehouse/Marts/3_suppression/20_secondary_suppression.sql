-- Secondary suppression, one pass at a time until a pass hides nothing: where a set (a parent and its children) has
-- exactly one suppressed cell, its value could be recovered from the others (the parent less the other children,
-- or the sum of the children), so the smallest other cell is suppressed too: the smallest that counts someone,
-- where there is one, since hiding a count of nobody protects nothing where its zero shows elsewhere (a school with
-- no leavers has none of any kind in its breakdown). A set changes only when one of its cells is hidden, so each
-- pass looks only at the sets holding a cell the last pass hid (the threshold's cells, before the first). Runs for
-- one mart at a time ($mart), as 10_work_suppression_sibling.sql.
update work_suppression_cell as c
set suppressed = true, hidden_pass = revealing.pass
from (
    with last_pass as (
        select coalesce(max(hidden_pass), 0) as pass
        from work_suppression_cell
        where mart = $mart
    ),

    touched as (
        select distinct s.set_id
        from work_suppression_sibling as s
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        where s.mart = $mart and c.suppressed and coalesce(c.hidden_pass, 0) = (select pass from last_pass)
    ),

    picked as (
        select arg_min(s.cell_id, (c.n = 0, c.n, s.cell_id)) filter (where not c.suppressed) as cell_id
        from work_suppression_sibling as s
        semi join touched as t on t.set_id = s.set_id
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        where s.mart = $mart
        group by s.set_id
        having count(*) filter (where c.suppressed) = 1 and count(*) > 1
    )

    select distinct p.cell_id, l.pass + 1 as pass
    from picked as p, last_pass as l
) as revealing
where c.mart = $mart and c.cell_id = revealing.cell_id;
