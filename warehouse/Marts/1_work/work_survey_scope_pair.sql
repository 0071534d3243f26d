-- Grain: one row per instrument, scope (a school, or null for all schools) and linked pupil who answered both the
-- scope's baseline and endline waves, with where each answer is (school and respondent) and both scale scores.
create or replace table work_survey_scope_pair as
select
    b.instrument,
    b.school,
    b.pupil_key,
    b.wave as baseline_wave,
    e.wave as endline_wave,
    b.school_key as baseline_school_key,
    b.respondent_id as baseline_respondent_id,
    e.school_key as endline_school_key,
    e.respondent_id as endline_respondent_id,
    b.scale_score as baseline_score,
    e.scale_score as endline_score
from work_survey_scope as b
inner join work_survey_scope as e
    on e.instrument = b.instrument
    and e.school is not distinct from b.school
    and e.pupil_key = b.pupil_key
    and not e.is_baseline
where b.is_baseline;
