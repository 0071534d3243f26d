-- One import, when the caller may see it (Functions/import_scope.sql).
select *
from ops_import
where import_id = $import_id
    and import_visible(uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns);
