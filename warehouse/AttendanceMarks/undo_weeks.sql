-- Before the imports that meet the undone import's weeks (undo_plan.sql) load again: a load replaces all its schools'
-- weeks its dates touch, so the stored weeks of every school those imports and the undone one cover, from their first
-- week to their last date (undo_mark_window), are set aside (undo_mark_held) and emptied, the region with them.
-- undo_restore_weeks.sql puts back those outside the region once the imports have loaded again. The weeks outside
-- what is set aside are fingerprinted (undo_mark_outside), so undo_outside_changed.sql can tell whether loading again
-- reached beyond it (an import whose recorded extent is narrower than its file), and the undo be refused.
create temp table undo_mark_window as
select s.school_key, min(e.first_week) as first_week, max(e.last_date) as last_date
from (
    select unnest(covers_urns) as urn, first_week, last_date from undo_mark_reloaded
    union all
    select s.urn, r.first_week, r.last_date from undo_mark_region as r inner join dim_school as s using (school_key)
) as e
inner join dim_school as s on s.urn = e.urn
group by s.school_key;

create temp view undo_mark_outside_weeks as
select hash(w) as week_hash
from fact_attendance_week as w
where not exists (
    select 1
    from undo_mark_window as x
    where x.school_key = w.school_key and w.week_start between x.first_week and x.last_date
);

create temp table undo_mark_outside as
select count(*) as weeks, coalesce(sum(week_hash), 0) as fingerprint
from undo_mark_outside_weeks;

create temp table undo_mark_held as
select w.*
from fact_attendance_week as w
inner join undo_mark_window as x
    on x.school_key = w.school_key
    and w.week_start between x.first_week and x.last_date;

delete from fact_attendance_week as w
using undo_mark_window as x
where x.school_key = w.school_key
    and w.week_start between x.first_week and x.last_date;
