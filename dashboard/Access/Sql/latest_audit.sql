-- Milliseconds since 1970 read the same from PostgreSQL and DuckDB.
select cast(extract(epoch from occurred_at) * 1000 as bigint), actor, action, detail, row_count
from accounts.audit_log
order by occurred_at desc, id desc
limit $1
