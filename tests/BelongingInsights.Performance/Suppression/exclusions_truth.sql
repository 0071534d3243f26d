-- The true, unsuppressed counts behind the audit's cells of mart_exclusions_school (exclusions.sql), for diagnosing
-- the audit: the cells before suppression, with their reason had only the threshold decided.
select
    false as linked,
    concat_ws('|', c.academic_year, replace(c.measure, '_', ' '), if(c.measure = 'pupils_suspended', c.period, null)) as partition_key,
    cast(s.urn as varchar) as urn,
    [if(c.measure <> 'pupils_suspended' and c.counting_window = 'term', c.period, null)] as dims,
    c.trust,
    c.phase,
    c.n,
    if(c.suppressed, 'small', null) as reason
from work_exclusions_cell as c
left join dim_school as s on cast(s.school_key as varchar) = c.school
