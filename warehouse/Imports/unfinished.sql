-- Imports left queued or running, for example by a process that was stopped or killed before they finished.
select *
from ops_import
where status in ('queued', 'running')
order by received_at;
