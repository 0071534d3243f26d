select user_id from accounts.api_tokens where id = $1
