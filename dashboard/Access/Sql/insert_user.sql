insert into accounts.users (id, email, name, role, trusts, schools, password_hash)
values ($1, $2, $3, $4, $5, $6, $7)
on conflict (email) do nothing
returning id
