-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_benchmark (
    import_id uuid not null,
    line integer not null,
    release varchar not null,
    release_name varchar not null,
    academic_year integer not null,
    time_identifier varchar,
    geographic_level varchar not null,
    area_code varchar,
    area_name varchar not null,
    region_name varchar,
    phase varchar not null,
    characteristic_group varchar,
    characteristic varchar not null,
    pupil_group varchar,
    pupil_group_value varchar,
    counts_rounded boolean not null,
    measure varchar not null,
    value double,
    cell_status varchar not null,
    recomputed double
);

comment on table stg_benchmark is 'Cells of a DfE statistics file while its import is in flight; emptied when the import commits.';
