-- The statements that write each table and view of the finished snapshot ($names) to its own Parquet file in
-- $folder, read from the snapshot itself so the files hold the same rows as its DuckDB file.
select format(
    'copy (from bi_snapshot.main."{}") to {} (format parquet, compression zstd)',
    name,
    '''' || replace($folder || '/' || name || '.parquet', '''', '''''') || '''')
from unnest($names) as t(name)
order by name;
