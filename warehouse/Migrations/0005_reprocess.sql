alter table ops_import add column reprocess_of uuid;

comment on column ops_import.reprocess_of is 'The import whose stored file this one runs again, for example once the reference data its held-back rows needed has arrived.';
