update ops_import
set status = 'undone', undone_at = $undone_at, undone_by = $undone_by
where import_id = $import_id;
