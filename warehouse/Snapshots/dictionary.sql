-- The snapshot's data dictionary, as dictionary.csv holds it: a row for each table and view ($names) with its
-- comment, then a row for each of its columns with its type and comment, read from the attached snapshot so it says
-- what the snapshot's own files carry.
with objects as (
    select table_name as name, 'table' as kind, comment from duckdb_tables()
    where database_name = 'bi_snapshot' and schema_name = 'main' and list_contains($names, table_name)
    union all
    select view_name, 'view', comment from duckdb_views()
    where database_name = 'bi_snapshot' and schema_name = 'main' and list_contains($names, view_name)
)
select name as "table", '' as "column", kind as "type", coalesce(comment, '') as meaning, -1 as column_index
from objects
union all
select c.table_name, c.column_name, c.data_type, coalesce(c.comment, ''), c.column_index
from duckdb_columns() as c
where c.database_name = 'bi_snapshot' and c.schema_name = 'main' and list_contains($names, c.table_name)
order by "table", column_index;
