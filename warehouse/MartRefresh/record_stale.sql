-- A table an import changed, for the next mart refresh.
insert into ops_mart_stale_table (import_id, table_name)
values ($import_id, $table_name);
