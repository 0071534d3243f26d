-- The newest imports the caller may see (Functions/import_scope.sql), narrowed by whichever of the filters are set:
-- kind (detected, else the one asked for), status, sender and the school the sender named.
select *
from ops_import
where import_visible(uploaded_by, uploader_all_schools, uploader_trusts, uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
    and (cast($kind as varchar) is null or coalesce(detected_kind, requested_kind) = $kind)
    and (cast($status as varchar) is null or status = $status)
    and (cast($uploaded_by as uuid) is null or uploaded_by = $uploaded_by)
    and (cast($school_urn as integer) is null or school_urn = $school_urn)
order by received_at desc
limit $limit;
