-- The evaluator's schema: the dimensions, facts, marts and reference tables, then the views over them. Never the
-- operational tables (ops_*: the import ledger with its file names and uploaders, refresh bookkeeping), staging or
-- work tables; users, tokens and the audit log live in the user store and the pseudonymisation key in its own file.
select table_name as name, false as is_view
from duckdb_tables()
where database_name = current_database()
    and schema_name = 'main'
    and not temporary
    and regexp_full_match(table_name, '(dim|fact|mart|ref)_[a-z0-9_]+')
union all
select view_name, true
from duckdb_views()
where database_name = current_database()
    and schema_name = 'main'
    and not internal
    and not temporary
    and regexp_full_match(view_name, '(dim|fact|mart)_[a-z0-9_]+')
order by is_view, name;
