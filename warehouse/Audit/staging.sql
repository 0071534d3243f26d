-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_audit_rating (
    import_id uuid not null,
    line integer not null,
    school_urn integer not null,
    round varchar not null,
    area_order integer not null,
    area varchar not null,
    item_code varchar not null,
    item_text varchar not null,
    rating varchar not null,
    score integer not null,
    evidence varchar,
    chosen_action varchar
);

comment on table stg_audit_rating is 'Rows of a 360 audit while its import is in flight; emptied when the import commits.';
