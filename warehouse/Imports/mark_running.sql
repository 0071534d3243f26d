update ops_import
set status = 'running', started_at = $started_at
where import_id = $import_id;
