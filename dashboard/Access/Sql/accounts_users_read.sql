-- Every column in the order of schema.sql (a backup appends them in that order), read the same from PostgreSQL and DuckDB.
select id, email, name, role, trusts, schools, password_hash, failed_signins, locked_until, created_at
from accounts.users
