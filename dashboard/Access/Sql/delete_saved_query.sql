delete from accounts.saved_queries where id = $1
