-- Marks the marts up to date, in the transaction that replaces them: the signature they were built with is kept, and
-- every succeeded import is marked refreshed (imports succeed only on the warehouse queue's one worker, which runs
-- this refresh, so none succeeded after the refresh started).
insert into ops_mart_refresh (signature, refreshed_at)
values ($signature, $refreshed_at);

update ops_import
set marts_refreshed_at = $refreshed_at
where status = 'succeeded' and marts_refreshed_at is null;
