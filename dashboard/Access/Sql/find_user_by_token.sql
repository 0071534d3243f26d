select u.id, u.email, u.name, u.role, u.trusts, u.schools, u.password_hash, coalesce(u.locked_until > current_timestamp, false) as locked
from accounts.api_tokens t
join accounts.users u on u.id = t.user_id
where t.token_hash = $1
