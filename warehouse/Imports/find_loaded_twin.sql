-- An earlier import of the same bytes, as the same kind for the same school, by a sender with the same scope: a file
-- whose rows for other schools were held back loads them when someone who sees those schools sends it.
select import_id
from ops_import
where content_hash = $content_hash
    and coalesce(requested_kind, '') = coalesce($requested_kind, '')
    and coalesce(school_urn, 0) = coalesce($school_urn, 0)
    and coalesce(wave, '') = coalesce($wave, '')
    and coalesce(period, '') = coalesce($period, '')
    and coalesce(uploader_all_schools, true) = $scope_all
    and uploader_trusts = $scope_trusts
    and uploader_urns = $scope_urns
    and status = 'succeeded'
    and duplicate_of is null
    and import_id <> $import_id
order by finished_at
limit 1;
