create table if not exists ops_schema_migration (
    version varchar not null,
    applied_at timestamp not null
);
