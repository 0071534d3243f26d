insert into accounts.saved_queries (id, title, sql, owner_id, owner) values ($1, $2, $3, $4, $5)
