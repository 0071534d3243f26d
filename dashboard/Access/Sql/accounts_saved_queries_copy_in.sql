copy accounts.saved_queries (id, title, sql, owner_id, owner, saved_at) from stdin (format binary)
