-- The tables changed since the last mart refresh.
select distinct table_name
from ops_mart_stale_table;
