-- The newest imports the caller may see (Functions/import_scope.sql), narrowed by whichever of the filters are set:
-- kind (detected, else the one asked for), status, sender, the school the sender named, and a period its rows overlap.
-- Each with the names of the schools its rows are for that the caller may see (Imports/record_extent.sql).
select
    i.*,
    import_school_names(i.covers_urns, $scope_all, $scope_trusts, $scope_urns) as school_names
from ops_import as i
where import_visible(i.uploaded_by, i.uploader_all_schools, i.uploader_trusts, i.uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
    and (cast($kind as varchar) is null or coalesce(i.detected_kind, i.requested_kind) = $kind)
    and (cast($status as varchar) is null or i.status = $status)
    and (cast($uploaded_by as uuid) is null or i.uploaded_by = $uploaded_by)
    and (cast($school_urn as integer) is null or i.school_urn = $school_urn)
    and (cast($period_start as date) is null or (i.covers_from <= $period_end and i.covers_to >= $period_start))
order by i.received_at desc
limit $limit;
