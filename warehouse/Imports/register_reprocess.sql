-- The run again keeps the original sender, so its rows load within the same scope whoever asked for it.
insert into ops_import (
    import_id, file_name, stored_path, content_hash, source, requested_kind, school_urn, wave, period, status, received_at, reprocess_of,
    uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns
)
select
    $import_id, file_name, stored_path, content_hash, 'reprocess', requested_kind, school_urn, wave, period, 'queued', $received_at, import_id,
    uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns
from ops_import
where import_id = $original_id;
