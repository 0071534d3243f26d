delete from ops_import_problem where import_id = $import_id;

update ops_import
set
    status = $status,
    detected_kind = $detected_kind,
    layout = $layout,
    rows_read = $rows_read,
    rows_loaded = $rows_loaded,
    rows_quarantined = $rows_quarantined,
    problem_count = $problem_count,
    warning_count = $warning_count,
    message = $message,
    duplicate_of = $duplicate_of,
    finished_at = $finished_at
where import_id = $import_id;
