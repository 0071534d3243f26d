select *
from ops_import
where import_id = $import_id;
