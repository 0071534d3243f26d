-- An import's problems, when the caller may see the import (Functions/import_scope.sql).
select p.line, p.column_name, p.value, p.severity, p.message
from ops_import_problem as p
inner join ops_import as i on i.import_id = p.import_id
where p.import_id = $import_id
    and import_visible(i.uploaded_by, i.uploader_all_schools, i.uploader_trusts, i.uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
order by p.line, p.column_name;
