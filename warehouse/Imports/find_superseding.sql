-- A later import that loaded a different file of the same kind for the same school and wave: running the earlier
-- file again would put its older rows back over the newer ones.
select later.import_id
from ops_import as original
inner join ops_import as later
    on later.received_at > original.received_at
    and later.content_hash <> original.content_hash
    and later.detected_kind = coalesce(original.detected_kind, original.requested_kind)
    and coalesce(later.school_urn, 0) = coalesce(original.school_urn, 0)
    and coalesce(later.wave, '') = coalesce(original.wave, '')
where original.import_id = $import_id
    and later.status = 'succeeded'
    and later.rows_loaded > 0
    and later.duplicate_of is null
order by later.received_at desc
limit 1;
