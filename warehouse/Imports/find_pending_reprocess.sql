-- A run again of the import that has not finished yet, so a repeated request joins it rather than queuing another.
select import_id
from ops_import
where reprocess_of = $original_id and status in ('queued', 'running')
order by received_at
limit 1;
