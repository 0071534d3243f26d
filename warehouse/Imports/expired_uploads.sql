-- Stored files still on disk whose every import is final (succeeded, rejected or undone) since before $cutoff. Imports of the
-- same bytes share one file, so a file goes only when none of them may still need it.
select stored_path
from ops_import
group by stored_path
having bool_and(status in ('succeeded', 'rejected', 'undone') and finished_at < $cutoff)
    and bool_or(file_deleted_at is null)
order by stored_path;
