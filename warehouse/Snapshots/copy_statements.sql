-- The statements that copy the evaluator's schema ($names, from tables.sql) into the attached snapshot, in order:
-- each table's rows, then each view's own definition (created while the snapshot is the default database, so its
-- tables are the snapshot's), then every table, view and column comment (a mart's come from its own script). The
-- names come from tables.sql, which admits only lower-case letters, digits and underscores.
with source as (select current_database() as name),
tables as (
    select t.table_name as name, t.comment
    from duckdb_tables() as t
    where t.database_name = current_database() and t.schema_name = 'main' and list_contains($names, t.table_name)
),
views as (
    select v.view_name as name, v.comment, v.sql
    from duckdb_views() as v
    where v.database_name = current_database() and v.schema_name = 'main' and list_contains($names, v.view_name)
),
columns as (
    select c.table_name, c.column_name, c.comment, c.column_index
    from duckdb_columns() as c
    where c.database_name = current_database() and c.schema_name = 'main' and list_contains($names, c.table_name)
),
statements as (
    select 1 as step, name as table_name, 0 as column_index,
        format('create table bi_snapshot.main."{}" as from "{}".main."{}"', name, (from source), name) as statement
    from tables
    union all
    select 2, '', 0, 'use bi_snapshot'
    union all
    select 3, name, 0, sql from views
    union all
    select 4, name, 0, format('comment on table "{}" is {}', name, '''' || replace(comment, '''', '''''') || '''')
    from tables where comment is not null
    union all
    select 4, name, 0, format('comment on view "{}" is {}', name, '''' || replace(comment, '''', '''''') || '''')
    from views where comment is not null
    union all
    select 5, table_name, column_index,
        format('comment on column "{}"."{}" is {}', table_name, column_name, '''' || replace(comment, '''', '''''') || '''')
    from columns where comment is not null
    union all
    select 6, '', 0, format('use "{}"', (from source))
)
select statement from statements order by step, table_name, column_index;
