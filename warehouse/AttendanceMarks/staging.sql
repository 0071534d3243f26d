-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_attendance_mark (
    import_id uuid not null,
    line integer not null,
    pupil_no integer not null,
    school_urn integer not null,
    school_name varchar,
    session_date date not null,
    session varchar not null,
    raw_mark varchar not null,
    attendance_code_key integer not null
);

comment on table stg_attendance_mark is 'Session marks of an attendance-marks export while its import is in flight; emptied when the import commits.';

create or replace table stg_attendance_mark_pupil (
    import_id uuid not null,
    pupil_no integer not null,
    pupil_hash varchar not null
);

comment on table stg_attendance_mark_pupil is 'The distinct pupils of an attendance-marks import in flight, numbered within the file so each mark stages a small integer.';
