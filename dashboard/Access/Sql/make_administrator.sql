-- A password of null keeps the one the account has.
update accounts.users
set role = 'administrator', password_hash = coalesce($2, password_hash), failed_signins = 0, locked_until = null
where id = $1
