insert into accounts.audit_log (id, actor, action, detail, row_count) values ($1, $2, $3, $4, $5)
