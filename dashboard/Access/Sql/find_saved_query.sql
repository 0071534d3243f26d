-- One saved query by its link's id; milliseconds since 1970 read the same from PostgreSQL and DuckDB.
select id, title, sql, owner_id, owner, cast(extract(epoch from saved_at) * 1000 as bigint) as saved_at
from accounts.saved_queries
where id = $1
