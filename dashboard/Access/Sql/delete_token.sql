delete from accounts.api_tokens where id = $1
