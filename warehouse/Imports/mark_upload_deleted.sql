update ops_import
set file_deleted_at = $deleted_at
where stored_path = $stored_path and file_deleted_at is null;
