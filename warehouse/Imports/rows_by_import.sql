-- How many rows of a fact table each import holds, to tell which imports a load replaced rows of.
select import_id, count(*) as row_count
from query_table($table_name)
group by import_id;
