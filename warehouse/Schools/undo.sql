-- Undo: each school the list set goes back to what it was before any school list still loaded changed it
-- (ImportUndo then loads again the lists it had taken schools from, which set theirs again). A school the list added
-- goes, unless another export has met it since: then it keeps the name the list gave it and nothing else.
update dim_school as s
set
    name = l.name_before,
    laestab = l.laestab_before,
    phase = l.phase_before,
    trust = l.trust_before,
    local_authority = l.local_authority_before
from ops_school_listing as l
where l.import_id = $import_id and l.existed_before and s.urn = l.urn;

update dim_school as s
set laestab = null, phase = null, trust = null, local_authority = null
from ops_school_listing as l
where l.import_id = $import_id and not l.existed_before and s.urn = l.urn;

-- Every table that refers to a school (SchoolListUndoTests checks this list against the warehouse's columns).
delete from dim_school as s
where s.urn in (select urn from ops_school_listing where import_id = $import_id and not existed_before)
    and not exists (select 1 from fact_attendance as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_attendance_week as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_behaviour_incident as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_exclusion as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_survey_answer as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_audit_rating as f where f.school_key = s.school_key)
    and not exists (select 1 from dim_pupil_characteristics as f where f.school_key = s.school_key)
    and not exists (select 1 from fact_roll_change as f where f.school_key = s.school_key);

delete from ops_school_listing where import_id = $import_id;
