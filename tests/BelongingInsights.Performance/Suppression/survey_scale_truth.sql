-- The true, unsuppressed counts behind the audit's cells of mart_survey_scale (survey_scale.sql), for diagnosing the
-- audit: the scale mart's cells before suppression.
select
    false as linked,
    concat_ws('|', c.instrument, c.wave) as partition_key,
    cast(s.urn as varchar) as urn,
    [c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group] as dims,
    c.trust,
    c.phase,
    c.respondents as n,
    if(c.respondents < 10, 'small', null) as reason
from work_survey_scale_cell as c
left join dim_school as s on cast(s.school_key as varchar) = c.school
