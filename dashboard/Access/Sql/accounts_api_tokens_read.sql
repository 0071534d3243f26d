-- Every column in the order of schema.sql (a backup appends them in that order), read the same from PostgreSQL and DuckDB.
select id, user_id, token_hash, created_at
from accounts.api_tokens
