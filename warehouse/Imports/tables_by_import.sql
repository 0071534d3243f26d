-- The tables whose rows say which import loaded them.
select distinct table_name
from duckdb_columns()
where column_name = 'import_id' and database_name = current_database() and schema_name = 'main';
