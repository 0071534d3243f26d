copy accounts.users (id, email, name, role, trusts, schools, password_hash, failed_signins, locked_until, created_at) from stdin (format binary)
