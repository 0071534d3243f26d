-- The audit's cells of mart_belonging_attendance: linked pupils per belonging group (group_order 0 is all of them), per
-- school and across schools.
select
    false as linked,
    concat_ws('|', instrument, wave, academic_year, measure) as partition_key,
    cast(urn as varchar) as urn,
    [case when group_order > 0 then belonging_group end] as dims,
    null as trust,
    null as phase,
    respondents as n,
    suppression_reason as reason
from mart_belonging_attendance
where level = 'pupil'
