-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_census (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    effective_date date not null,
    gender varchar,
    nc_year varchar,
    sen_provision varchar not null,
    sen_legacy boolean not null,
    fsm_eligible boolean,
    disadvantaged boolean,
    first_language varchar,
    eal boolean,
    ethnicity_code varchar,
    ethnicity_major_group varchar not null,
    admission_date date,
    leaving_date date,
    destination varchar
);

comment on table stg_census is 'Rows of a pupil characteristics export while its import is in flight; emptied when the import commits.';
