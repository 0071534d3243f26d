-- Every API token (never its hash), oldest first; milliseconds since 1970 read the same from PostgreSQL and DuckDB.
select id, user_id, cast(extract(epoch from created_at) * 1000 as bigint)
from accounts.api_tokens
order by created_at, id
