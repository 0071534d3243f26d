-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_behaviour_incident (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    incident_date date not null,
    incident_time time,
    incident_type varchar not null,
    points integer,
    location varchar,
    action_taken varchar
);

comment on table stg_behaviour_incident is 'Rows of a behaviour incident export while its import is in flight; emptied when the import commits.';
