-- The audit's cells of mart_exclusions_school: each row's suspensions, pupils suspended, permanent exclusions and
-- behaviour incidents, each a cell with its own reason, for a school, a trust or all schools. Counts of events add up
-- over the terms to the year to date, so the term is a group within the year and measure; pupils suspended do not,
-- so each of their periods stands alone. The roll beside them is mart_attendance_group's count (attendance_group.sql).
select
    false as linked,
    concat_ws('|', e.academic_year, f.measure, if(f.measure = 'pupils suspended', e.period, null)) as partition_key,
    cast(e.urn as varchar) as urn,
    [if(f.measure <> 'pupils suspended' and e.counting_window = 'term', e.period, null)] as dims,
    e.trust,
    if(e.urn is null, null, e.phase) as phase,
    f.n,
    f.reason
from mart_exclusions_school as e
cross join unnest([
    {'measure': 'suspensions', 'n': e.suspensions, 'reason': e.suspensions_reason},
    {'measure': 'pupils suspended', 'n': e.pupils_suspended, 'reason': e.pupils_suspended_reason},
    {'measure': 'permanent exclusions', 'n': e.permanent_exclusions, 'reason': e.permanent_exclusions_reason},
    {'measure': 'behaviour incidents', 'n': e.behaviour_incidents, 'reason': e.behaviour_incidents_reason}
]) as u(f)
