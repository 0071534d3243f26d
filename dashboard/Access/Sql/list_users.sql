select id, email, name, role, trusts, schools, password_hash, coalesce(locked_until > current_timestamp, false) as locked
from accounts.users
order by email
