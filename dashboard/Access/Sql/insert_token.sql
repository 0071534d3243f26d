insert into accounts.api_tokens (id, user_id, token_hash) values ($1, $2, $3)
