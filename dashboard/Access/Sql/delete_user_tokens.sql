delete from accounts.api_tokens where user_id = $1
