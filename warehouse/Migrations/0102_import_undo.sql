-- Undo: an import's rows can be taken out of the warehouse, and the earlier imports whose rows it had replaced loaded
-- again from their stored files. The ledger keeps the import, marked undone.
alter table ops_import add column undone_at timestamp;
alter table ops_import add column undone_by uuid;

comment on column ops_import.status is 'queued, running, succeeded, rejected, failed or undone (its rows taken out again).';
comment on column ops_import.undone_at is 'When the import was undone: its rows left the warehouse and the imports it had replaced came back.';
comment on column ops_import.undone_by is 'The signed-in user who undid the import.';

-- Grain: one row per import and earlier import some of whose rows it replaced (a corrected export for the same school
-- and period), recorded in the import's transaction.
create table ops_import_replaced (
    import_id uuid not null,
    replaced_import_id uuid not null
);

comment on table ops_import_replaced is 'Which earlier imports each import replaced rows of, so undoing it can bring them back.';
