-- Secondary suppression, one pass at a time until a pass hides nothing. A set (a total and its parts) whose hidden
-- cells could be worked out from the others needs one more hidden: a set with exactly one hidden unit (its value is the
-- total less the other parts, or the sum of the parts), or one whose hidden parts include a small one and add up to
-- fewer than the threshold under a shown total (the small part is known to be small). The complement is a part, never
-- the total while a part can serve, so the loss falls on detail rather than on the headline: a part counting someone
-- where one does (a count of nobody protects nothing where its zero shows elsewhere), that brings the hidden parts to
-- the threshold where one does, that opens the fewest other sets (sets it sits in with nothing hidden yet, which hiding
-- it would leave with one hidden unit and so needing a complement of their own; sets relating the same units count
-- once), whose unit holds the fewest cells (hides the fewest published figures), whose unit breaks down by the most
-- groups (not one shown as a headline too), the smallest (else the largest short of the threshold), the first unit by
-- its groups on a tie. Opening the fewest sets makes a complement that protects a set already holding a hidden cell
-- come first, where picking set by set would start a chain of complements across a two-way table. A unit (cells
-- counting the same pupils, 10_work_suppression_sibling.sql) is one cell: a set whose total is one of its parts says
-- nothing, and a unit is hidden whole. Sets are settled smallest total first (then by the total's groups), each picking
-- again knowing the first picks of those settled before it (reopening): a set whose complement another set's pick
-- already gives (as a school hidden beside a small one of its trust, for its phase too) picks nothing, when that set is
-- settled before it or is one no other pick settles. A set changes only when one of its cells is hidden, so each pass
-- looks only at the sets holding a cell the last pass hid (the threshold's cells, before the first). Runs for one mart
-- at a time ($mart).
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

    members as (
        select s.set_id, s.total, c.unit_id, c.unit_groups, c.unit_key, c.n, c.suppressed, c.suppressed and c.hidden_pass is null as small
        from work_suppression_sibling as s
        semi join touched as t on t.set_id = s.set_id
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        where s.mart = $mart
    ),

    exposed as (
        select
            set_id,
            if(
                bool_or(small and not total) and not bool_or(suppressed and total),
                $suppression_threshold - coalesce(sum(n) filter (where suppressed and not total), 0),
                0
            ) as needed,
            max(n) filter (where total) as total_n,
            max(unit_key) filter (where total) as total_key
        from members
        group by set_id
        having count(distinct unit_id) = count(*)
            and (
                count(*) filter (where suppressed) = 1
                or (
                    bool_or(small and not total) and not bool_or(suppressed and total)
                    and coalesce(sum(n) filter (where suppressed and not total), 0) < $suppression_threshold
                )
            )
    ),

    -- The units an exposed set may pick, and for each the sets it would open and the cells it holds.
    candidates as (
        select distinct m.unit_id
        from members as m
        semi join exposed as e on e.set_id = m.set_id
        where not m.suppressed
    ),

    candidate_sets as (
        select distinct c.unit_id, s.set_id
        from work_suppression_cell as c
        semi join candidates as k on k.unit_id = c.unit_id
        inner join work_suppression_sibling as s on s.mart = c.mart and s.cell_id = c.cell_id
        where c.mart = $mart
    ),

    open_sets as (
        select s.set_id, list(c.unit_id order by c.unit_id) as units
        from work_suppression_sibling as s
        semi join (select distinct set_id from candidate_sets) as k on k.set_id = s.set_id
        inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
        where s.mart = $mart
        group by s.set_id
        having not bool_or(c.suppressed) and count(distinct c.unit_id) = count(*)
    ),

    unit_cells as (
        select c.unit_id, count(*) as cells
        from work_suppression_cell as c
        semi join candidates as k on k.unit_id = c.unit_id
        where c.mart = $mart
        group by c.unit_id
    ),

    opening as (
        select k.unit_id, count(distinct o.units) as opens, any_value(u.cells) as cells
        from candidates as k
        inner join unit_cells as u on u.unit_id = k.unit_id
        left join candidate_sets as cs on cs.unit_id = k.unit_id
        left join open_sets as o on o.set_id = cs.set_id
        group by k.unit_id
    ),

    first_picked as (
        select
            m.set_id,
            (e.total_n, hash(e.total_key), m.set_id % 32) as priority,
            arg_min(m.unit_id, (m.total, m.n = 0, m.n < e.needed, o.opens, o.cells, -m.unit_groups, if(m.n >= e.needed, m.n, -m.n), m.unit_key)) as unit_id
        from members as m
        inner join exposed as e on e.set_id = m.set_id
        inner join opening as o on o.unit_id = m.unit_id
        where not m.suppressed
        group by m.set_id, e.total_n, e.total_key
    ),

    -- The open sets a first pick opens, each with the priority of the first set to pick in it.
    opened_first as (
        select cs.set_id, min(p.priority) as priority
        from first_picked as p
        inner join candidate_sets as cs on cs.unit_id = p.unit_id
        semi join open_sets as o on o.set_id = cs.set_id
        group by cs.set_id
    ),

    -- A set then picks again knowing the first picks of the sets settled before it: an open set that one of them
    -- opens already holds a hidden cell, so a part there opens it no more but protects it (two hidden where each pick
    -- alone would leave one and need a complement of its own).
    reopening as (
        select p.set_id, p.priority, m.unit_id, count(distinct o.units) filter (
            where f.priority is null or f.priority >= p.priority
        ) as opens
        from first_picked as p
        inner join members as m on m.set_id = p.set_id and not m.suppressed
        left join candidate_sets as cs on cs.unit_id = m.unit_id
        left join open_sets as o on o.set_id = cs.set_id
        left join opened_first as f on f.set_id = o.set_id
        group by p.set_id, p.priority, m.unit_id
    ),

    picked as (
        select
            m.set_id,
            r.priority,
            arg_min(m.unit_id, (m.total, m.n = 0, m.n < e.needed, r.opens, o.cells, -m.unit_groups, if(m.n >= e.needed, m.n, -m.n), m.unit_key)) as unit_id
        from members as m
        inner join exposed as e on e.set_id = m.set_id
        inner join opening as o on o.unit_id = m.unit_id
        inner join reopening as r on r.set_id = m.set_id and r.unit_id = m.unit_id
        where not m.suppressed
        group by m.set_id, r.priority
    ),

    settled as (
        select p.set_id as by_set, p.priority, m.set_id
        from picked as p
        inner join members as m on m.unit_id = p.unit_id and m.set_id <> p.set_id
        inner join exposed as e on e.set_id = m.set_id
        where m.n >= e.needed
    ),

    outranked as (
        select distinct s.set_id
        from settled as s
        inner join picked as p on p.set_id = s.set_id
        where s.priority < p.priority
    ),

    -- A set gives up its pick only to one that is kept: one from a set no other pick settles at all (as a trust's set
    -- whose total the set of the trusts picks), or else one from a set settled first that no other pick settles first
    -- and that gives up its own pick to none.
    blocked_by_unsettled as (
        select distinct s.set_id
        from settled as s
        anti join settled as t on t.set_id = s.by_set
    ),

    blocked as (
        select set_id
        from blocked_by_unsettled
        union
        select s.set_id
        from settled as s
        inner join picked as p on p.set_id = s.set_id
        anti join outranked as o on o.set_id = s.by_set
        anti join blocked_by_unsettled as u on u.set_id = s.by_set
        where s.priority < p.priority
    ),

    kept as (
        select p.unit_id
        from picked as p
        anti join blocked as b on b.set_id = p.set_id
    )

    select distinct c.cell_id, l.pass + 1 as pass
    from kept as p
    inner join work_suppression_cell as c on c.mart = $mart and c.unit_id = p.unit_id
    cross join last_pass as l
) as revealing
where c.mart = $mart and c.cell_id = revealing.cell_id;
