-- One import, when the caller may see it (Functions/import_scope.sql), with the names of the schools its rows are for
-- that the caller may see.
select *, import_school_names(covers_urns, $scope_all, $scope_trusts, $scope_urns) as school_names
from ops_import
where import_id = $import_id
    and import_visible(uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns);
