delete from accounts.users where id = $1
