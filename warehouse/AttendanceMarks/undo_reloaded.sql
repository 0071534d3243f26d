-- The marks imports undo_weeks.sql found to load again, in the order they first loaded.
select cast(import_id as varchar)
from undo_mark_reloaded
order by finished_at;
