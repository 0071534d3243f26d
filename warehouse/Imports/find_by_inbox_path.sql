select *
from ops_import
where inbox_path = $inbox_path and content_hash = $content_hash
order by received_at desc
limit 1;
