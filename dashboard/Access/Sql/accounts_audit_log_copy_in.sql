copy accounts.audit_log (id, occurred_at, actor, action, detail, row_count) from stdin (format binary)
