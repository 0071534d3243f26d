-- A refresh starts by taking the changes it sees into account and forgetting the last refresh's signature, in a
-- transaction of its own, before it commits its work tables script by script. If it stops before the marts, the next
-- refresh rebuilds every mart, never trusting work tables left half updated; changes an import commits while it runs
-- stay for the next refresh.
delete from ops_mart_stale_table;

delete from ops_mart_refresh;
