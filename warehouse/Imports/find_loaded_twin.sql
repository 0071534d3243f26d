select import_id
from ops_import
where content_hash = $content_hash
    and coalesce(requested_kind, '') = coalesce($requested_kind, '')
    and coalesce(school_urn, 0) = coalesce($school_urn, 0)
    and coalesce(wave, '') = coalesce($wave, '')
    and status = 'succeeded'
    and duplicate_of is null
    and import_id <> $import_id
order by finished_at
limit 1;
