insert into ops_import (
    import_id, file_name, stored_path, content_hash, source, inbox_path, requested_kind, school_urn, wave, period, status, received_at,
    uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns
)
values (
    $import_id, $file_name, $stored_path, $content_hash, $source, $inbox_path, $requested_kind, $school_urn, $wave, $period, 'queued', $received_at,
    $caller_id, $scope_all, $scope_trusts, $scope_urns
);
