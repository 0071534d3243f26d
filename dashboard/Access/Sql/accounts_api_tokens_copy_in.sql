copy accounts.api_tokens (id, user_id, token_hash, created_at) from stdin (format binary)
