-- When the dashboard first showed each import: the end of the mart refresh after it, so a sender can tell "loaded" from
-- "on the dashboard". Imports that succeeded before the last refresh have been shown since it ended.
alter table ops_import add column marts_refreshed_at timestamp;

update ops_import
set marts_refreshed_at = (select max(refreshed_at) from ops_mart_refresh)
where status = 'succeeded' and finished_at <= (select max(refreshed_at) from ops_mart_refresh);

comment on column ops_import.marts_refreshed_at is 'When the mart refresh after a succeeded import ended, so the dashboard shows its rows; empty until then, and for an import that did not succeed.';
