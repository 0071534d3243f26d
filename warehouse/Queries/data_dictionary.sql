-- Every column of the tables (and views) readers query (dimensions, facts, marts and the import ledger), with the comments
-- the migrations and mart scripts give them. Staging and work tables are internal and left out.
select
    t.table_name,
    case
        when t.table_name like 'dim\_%' escape '\' then 'Dimension'
        when t.table_name like 'fact\_%' escape '\' then 'Fact'
        when t.table_name like 'mart\_%' escape '\' then 'Mart'
        else 'Import ledger'
    end as table_kind,
    coalesce(t.comment, '') as table_comment,
    c.column_name,
    c.data_type,
    coalesce(c.comment, '') as column_comment
from (
    select database_name, schema_name, table_name, comment, temporary from duckdb_tables()
    union all
    select database_name, schema_name, view_name, comment, temporary from duckdb_views() where not internal
) as t
inner join duckdb_columns() as c
    on c.database_name = t.database_name
    and c.schema_name = t.schema_name
    and c.table_name = t.table_name
where t.database_name = current_database()
    and not t.temporary
    and (t.table_name similar to '(dim|fact|mart)_.*' or t.table_name in ('ops_import', 'ops_import_problem'))
order by
    case table_kind when 'Dimension' then 1 when 'Fact' then 2 when 'Mart' then 3 else 4 end,
    t.table_name,
    c.column_index;
