-- $2 failures in a row lock the account for the interval $3; the count starts again once it is locked.
update accounts.users
set failed_signins = case when failed_signins + 1 >= $2 then 0 else failed_signins + 1 end,
    locked_until = case when failed_signins + 1 >= $2 then current_timestamp + cast($3 as interval) else locked_until end
where id = $1
