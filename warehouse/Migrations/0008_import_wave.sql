alter table ops_import add column wave varchar;

comment on column ops_import.wave is 'The survey wave chosen at upload (baseline, midpoint, endline or round yyyy-mm-dd), for files without a wave column.';
