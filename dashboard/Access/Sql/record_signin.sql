update accounts.users
set failed_signins = 0, locked_until = null, password_hash = $2
where id = $1
