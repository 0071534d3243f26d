-- Grain: one row per respondent per instrument per wave per school. The scale score is the mean of the answered
-- items' scored values (reverse coding applied, so higher is always more belonging; 1 to 4 on today's scales),
-- given only when the respondent answered at least scale_minimum_items (half the instrument's items, rounded up).
-- A complete respondent answered every item; only they count towards Cronbach's alpha.
create or replace table work_survey_respondent as
with instrument_items as (
    select instrument, count(*) as items
    from dim_question
    group by instrument
),

respondents as (
    select
        a.school_key,
        a.respondent_id,
        any_value(a.pupil_key) as pupil_key,
        a.instrument,
        a.wave,
        min(a.answered_on) as answered_on,
        any_value(a.gender) as gender,
        any_value(a.send) as send,
        any_value(a.fsm) as fsm,
        any_value(a.disadvantaged) as disadvantaged,
        any_value(a.eal) as eal,
        any_value(a.ethnicity) as ethnicity,
        any_value(a.year_group) as year_group,
        any_value(a.trust) as trust,
        any_value(a.phase) as phase,
        count(a.scored_value) as answered,
        avg(a.scored_value) as mean_answered,
        sum(a.scored_value)::bigint as total
    from work_survey_answer as a
    group by a.school_key, a.respondent_id, a.instrument, a.wave
)

select
    r.school_key,
    r.respondent_id,
    r.pupil_key,
    r.instrument,
    r.wave,
    w.wave_order,
    r.answered_on,
    r.gender,
    r.send,
    r.fsm,
    r.disadvantaged,
    r.eal,
    r.ethnicity,
    r.year_group,
    r.trust,
    r.phase,
    i.items,
    r.answered,
    case when r.answered >= scale_minimum_items(i.items) then r.mean_answered end as scale_score,
    r.answered = i.items as complete,
    case when r.answered = i.items then r.total end as complete_total
from respondents as r
inner join instrument_items as i on i.instrument = r.instrument
inner join dim_wave as w on w.wave = r.wave;
