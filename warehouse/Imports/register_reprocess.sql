insert into ops_import (
    import_id, file_name, stored_path, content_hash, source, requested_kind, school_urn, wave, status, received_at, reprocess_of
)
select
    $import_id, file_name, stored_path, content_hash, 'reprocess', requested_kind, school_urn, wave, 'queued', $received_at, import_id
from ops_import
where import_id = $original_id;
