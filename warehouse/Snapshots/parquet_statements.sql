-- The statements that write each table and view of the finished snapshot ($names) to Parquet under $folder, read
-- from the snapshot itself so the files hold the same rows as its DuckDB file. Each table is a folder of its own in
-- Hive layout, so Spark, Polars, arrow and DuckDB read it as one dataset and a reader of one year or one school opens
-- only its files: split by academic_year where the table has that column; a fact is split by academic year (its own
-- column, or the academic year of its first date column) and then by its school's URN, both added to its rows as
-- the folder names say. A table with neither is one file in its folder, and so is a split table with no rows (which
-- splits into no files at all): each statement comes with the folder it fills and the one-file statement to run
-- when that folder stays empty. The names come from tables.sql, which admits only lower-case letters, digits and
-- underscores.
with columns as (
    select c.table_name as name, c.column_name, c.data_type, c.column_index
    from duckdb_columns() as c
    where c.database_name = 'bi_snapshot' and c.schema_name = 'main' and list_contains($names, c.table_name)
),
shapes as (
    select t.name,
        starts_with(t.name, 'fact_') as is_fact,
        exists (from columns as c where c.name = t.name and c.column_name = 'academic_year') as has_year,
        exists (from columns as c where c.name = t.name and c.column_name = 'school_key') as has_school,
        (select c.column_name from columns as c where c.name = t.name and c.data_type = 'DATE' order by c.column_index limit 1) as first_date
    from unnest($names) as t(name)
),
layouts as (
    select name,
        is_fact and not has_year and first_date is not null as derives_year,
        has_year or (is_fact and first_date is not null) as by_year,
        is_fact and has_school as by_school,
        first_date
    from shapes
),
copies as (
    select name,
        format('select f.*{}{} from bi_snapshot.main."{}" as f{}',
            case when derives_year
                then format(', case when month(f."{0}") >= 9 then year(f."{0}") else year(f."{0}") - 1 end as academic_year', first_date)
                else '' end,
            case when by_school then ', s.urn' else '' end,
            name,
            case when by_school then ' left join bi_snapshot.main.dim_school as s on s.school_key = f.school_key' else '' end) as query,
        case when by_year or by_school
            then concat_ws(', ', case when by_year then 'academic_year' end, case when by_school then 'urn' end)
            end as partitions,
        $folder || '/' || name as folder
    from layouts
),
quoted as (
    select *,
        '''' || replace(folder, '''', '''''') || '''' as folder_literal,
        '''' || replace(folder || '/' || name || '.parquet', '''', '''''') || '''' as file_literal
    from copies
)
select
    folder,
    case when partitions is null
        then format('copy ({}) to {} (format parquet, compression zstd)', query, file_literal)
        else format('copy ({}) to {} (format parquet, compression zstd, partition_by ({}))', query, folder_literal, partitions)
        end as statement,
    format('copy ({}) to {} (format parquet, compression zstd)', query, file_literal) as when_empty
from quoted
order by name;
