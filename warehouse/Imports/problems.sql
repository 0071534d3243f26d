select line, column_name, value, severity, message
from ops_import_problem
where import_id = $import_id
order by line, column_name;
