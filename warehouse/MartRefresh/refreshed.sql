-- Marks the marts up to date: every change this refresh saw is taken into account, and its signature is kept.
-- Rows an import commits while the refresh runs are not visible to it, so they stay for the next refresh, and so do
-- those imports' marts_refreshed_at.
delete from ops_mart_stale_table;

delete from ops_mart_refresh;

insert into ops_mart_refresh (signature, refreshed_at)
values ($signature, $refreshed_at);

update ops_import
set marts_refreshed_at = $refreshed_at
where status = 'succeeded' and marts_refreshed_at is null;
