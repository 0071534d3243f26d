insert into ops_import (
    import_id, file_name, stored_path, content_hash, source, inbox_path, requested_kind, school_urn, wave, status, received_at
)
values (
    $import_id, $file_name, $stored_path, $content_hash, $source, $inbox_path, $requested_kind, $school_urn, $wave, 'queued', $received_at
);
