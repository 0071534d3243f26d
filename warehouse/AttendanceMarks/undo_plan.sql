-- Undoing a marks import ($import_id). Its load replaced its schools' weeks from the week of its first date to its
-- last date (keep_weeks.sql), so those weeks (undo_mark_region, read off the extent the ledger recorded when it
-- loaded, Imports/record_extent.sql, which holds at least every school and date of its file) are rebuilt without it:
-- every other marks import still loaded whose extent meets them (undo_mark_reloaded) is loaded again from its stored
-- file, in load order (undo_weeks.sql, undo_restore_weeks.sql).
create temp table undo_mark_region as
select s.school_key, u.first_week, u.last_date
from (
    select unnest(covers_urns) as urn, date_trunc('week', covers_from)::date as first_week, covers_to as last_date
    from ops_import
    where import_id = $import_id
) as u
inner join dim_school as s on s.urn = u.urn;

create temp table undo_mark_reloaded as
select
    o.import_id,
    o.finished_at,
    o.covers_urns,
    date_trunc('week', o.covers_from)::date as first_week,
    o.covers_to as last_date
from ops_import as o
where o.import_id <> $import_id
    and o.status = 'succeeded'
    and o.detected_kind = 'attendance-marks'
    and o.duplicate_of is null
    and exists (
        select 1
        from undo_mark_region as r
        inner join dim_school as s using (school_key)
        where list_contains(o.covers_urns, s.urn)
            and date_trunc('week', o.covers_from) <= r.last_date
            and o.covers_to >= r.first_week
    );
