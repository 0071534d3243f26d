-- A later import that loaded a different file of the same kind for the same school and wave, and replaced every row
-- the earlier one loaded: running the earlier file again would put its older rows back over the newer ones. A school
-- list keeps no rows of its own, so a later school list always supersedes an earlier one.
select later.import_id
from ops_import as original
inner join ops_import as later
    on later.received_at > original.received_at
    and later.content_hash <> original.content_hash
    and later.detected_kind = original.detected_kind
    and coalesce(later.school_urn, 0) = coalesce(original.school_urn, 0)
    and coalesce(later.wave, '') = coalesce(original.wave, '')
where original.import_id = $import_id
    and original.rows_loaded > 0
    and later.status = 'succeeded'
    and later.rows_loaded > 0
    and later.duplicate_of is null
    and not exists (
        select 1 from fact_attendance where import_id = $import_id
        union all select 1 from fact_attendance_week where import_id = $import_id
        union all select 1 from fact_audit_rating where import_id = $import_id
        union all select 1 from fact_behaviour_incident where import_id = $import_id
        union all select 1 from fact_benchmark where import_id = $import_id
        union all select 1 from fact_exclusion where import_id = $import_id
        union all select 1 from fact_roll_change where import_id = $import_id
        union all select 1 from fact_survey_answer where import_id = $import_id
        union all select 1 from dim_pupil_characteristics where import_id = $import_id
    )
order by later.received_at desc
limit 1;
