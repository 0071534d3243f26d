select *
from ops_import
order by received_at desc
limit $limit;
