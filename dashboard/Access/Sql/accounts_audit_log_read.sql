-- Every column in the order of schema.sql (a backup appends them in that order), read the same from PostgreSQL and DuckDB.
select id, occurred_at, actor, action, detail, row_count
from accounts.audit_log
