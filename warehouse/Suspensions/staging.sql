-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_exclusion (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    start_date date not null,
    category varchar not null,
    sessions integer,
    reason_1_raw varchar,
    reason_1 varchar,
    reason_2_raw varchar,
    reason_2 varchar,
    reason_3_raw varchar,
    reason_3 varchar
);

comment on table stg_exclusion is 'Rows of a suspensions and permanent exclusions export while its import is in flight; emptied when the import commits.';
