-- Taken before a restore looks for users, so a second instance starting on the same PostgreSQL waits until the first
-- has loaded the backed-up accounts (or found some there) and then finds them, rather than loading them twice.
lock table accounts.users in access exclusive mode
