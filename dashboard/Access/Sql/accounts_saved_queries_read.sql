-- Every column in the order of schema.sql (a backup appends them in that order), read the same from PostgreSQL and DuckDB.
select id, title, sql, owner_id, owner, saved_at
from accounts.saved_queries
