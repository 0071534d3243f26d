-- The newest imports the caller may see (Functions/import_scope.sql).
select *
from ops_import
where import_visible(uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
order by received_at desc
limit $limit;
