-- The statement that writes an evaluator's query ($sql, already checked to be one SELECT) to one Parquet file
-- ($file), cut at the row limit ($limit). The query is written back as DuckDB's parser read it (json_deserialize_sql
-- of its parse tree), so no comment, bracket or trailing text of the original can reach outside the COPY.
select format('copy (select * from ({}) limit {}) to {} (format parquet, compression zstd)',
    json_deserialize_sql(json_serialize_sql($sql::varchar)),
    $limit,
    '''' || replace($file, '''', '''''') || '''');
