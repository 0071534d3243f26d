-- The signed-in senders of the imports the caller may see (Functions/import_scope.sql), for the imports page's filter.
select distinct uploaded_by
from ops_import
where uploaded_by is not null
    and import_visible(uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns);
