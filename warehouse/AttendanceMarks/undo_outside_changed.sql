-- Whether loading the imports again (undo_weeks.sql) changed a week outside those set aside for it.
select (select weeks from undo_mark_outside) <> (select count(*) from undo_mark_outside_weeks)
    or (select fingerprint from undo_mark_outside) <> (select coalesce(sum(week_hash), 0) from undo_mark_outside_weeks);
