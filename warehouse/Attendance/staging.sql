-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_attendance_summary (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    school_name varchar,
    period_start date not null,
    period_end date not null,
    possible_sessions integer not null,
    present_sessions integer not null,
    aea_sessions integer not null,
    authorised_absence integer not null,
    unauthorised_absence integer not null
);

comment on table stg_attendance_summary is 'Rows of an attendance summary export while its import is in flight; emptied when the import commits.';
