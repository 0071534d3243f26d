-- What the next mart refresh must take into account. Each import records, in its own transaction, the tables it
-- changed; the refresh re-runs only the mart scripts that read them (directly or through the work tables of other
-- scripts) and deletes the rows it took into account, so a refresh never loses an import that committed during it.
create table ops_mart_stale_table (
    import_id uuid not null,
    table_name varchar not null
);

comment on table ops_mart_stale_table is 'Tables an import changed since the last mart refresh: only the marts that read them are rebuilt.';

-- One row: the scripts and settings the marts were last built with. Any difference rebuilds every mart.
create table ops_mart_refresh (
    signature varchar not null,
    refreshed_at timestamp not null
);

comment on table ops_mart_refresh is 'The SHA-256 of the mart, function and migration scripts and the suppression threshold of the last mart refresh; a change rebuilds every mart.';
