-- Grain: one row per instrument, scope (a school, or null for all schools) and respondent in the instrument's first
-- wave (baseline) or last wave (endline) within that scope, where the two differ. In all schools a linked pupil
-- who answered the same wave at two schools counts once (at the school with the lower key).
create or replace table work_survey_scope as
with scoped as (
    select cast(school_key as varchar) as school, *
    from work_survey_respondent
    union all
    select null as school, *
    from work_survey_respondent
    qualify pupil_key is null
        or row_number() over (partition by instrument, pupil_key, wave order by school_key) = 1
),

span as (
    select instrument, school, min(wave_order) as first_order, max(wave_order) as last_order
    from scoped
    group by instrument, school
    having min(wave_order) < max(wave_order)
)

select
    r.instrument,
    r.school,
    r.school_key,
    r.respondent_id,
    r.pupil_key,
    r.wave,
    r.wave_order = s.first_order as is_baseline,
    r.scale_score
from scoped as r
inner join span as s
    on s.instrument = r.instrument
    and s.school is not distinct from r.school
    and r.wave_order in (s.first_order, s.last_order);
