-- How many warnings an import found (all of them, not only the problems kept), so a list can say "succeeded with 10
-- warnings" without reading the problems. Imports finished before this count the warnings they kept.
alter table ops_import add column warning_count integer default 0;

update ops_import
set warning_count = (
    select count(*) from ops_import_problem as p where p.import_id = ops_import.import_id and p.severity = 'Warning'
);

comment on column ops_import.warning_count is 'How many warnings the import found, kept or not.';
