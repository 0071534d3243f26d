-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_school (
    import_id uuid not null,
    line integer not null,
    urn integer not null,
    laestab integer,
    name varchar not null,
    phase varchar not null,
    trust varchar,
    local_authority varchar,
    laestab_given boolean not null,
    trust_given boolean not null,
    local_authority_given boolean not null
);

comment on table stg_school is 'Rows of a school list while its import is in flight; emptied when the import commits.';
comment on column stg_school.trust_given is 'The file has a trust column, so an empty cell means no trust; without the column the known trust is kept.';
