select count(*) from accounts.users
