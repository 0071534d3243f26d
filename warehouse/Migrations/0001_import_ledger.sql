-- The import ledger: one row per file received, whatever became of it.
create table ops_import (
    import_id uuid not null,
    file_name varchar not null,
    stored_path varchar not null,
    content_hash varchar not null,
    source varchar not null,
    inbox_path varchar,
    requested_kind varchar,
    school_urn integer,
    detected_kind varchar,
    layout varchar,
    status varchar not null,
    rows_read integer not null default 0,
    rows_loaded integer not null default 0,
    rows_quarantined integer not null default 0,
    problem_count integer not null default 0,
    message varchar,
    duplicate_of uuid,
    received_at timestamp not null,
    started_at timestamp,
    finished_at timestamp
);

comment on table ops_import is 'One row per file received (upload page, API or inbox folder) and what became of it.';
comment on column ops_import.status is 'queued, running, succeeded, rejected or failed.';
comment on column ops_import.content_hash is 'SHA-256 of the file''s bytes: the same file twice loads once.';
comment on column ops_import.rows_quarantined is 'Rows held back because of errors; the rest of the file loaded.';
comment on column ops_import.duplicate_of is 'The earlier import with identical content, when this one changed nothing.';

-- Grain: one row per problem found in a file (capped per file; problem_count has the full count).
create table ops_import_problem (
    import_id uuid not null,
    line integer not null,
    column_name varchar not null,
    value varchar,
    severity varchar not null,
    message varchar not null
);

comment on table ops_import_problem is 'What was wrong with an imported file, by spreadsheet row and column. Identifiers are never echoed.';
