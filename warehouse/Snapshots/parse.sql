-- How DuckDB's own parser reads an evaluator's statement: json_serialize_sql serialises only SELECT statements, and
-- reports anything else (or text that does not parse) as an error with its reason.
select json_serialize_sql($sql::varchar);
