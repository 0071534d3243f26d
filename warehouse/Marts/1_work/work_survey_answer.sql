-- Grain: one row per survey answer, with the respondent's groups: for a linked pupil, the census
-- characteristics valid when they answered; otherwise what they reported about themselves (gender, SEND, year
-- group); else Unknown (FSM, disadvantage, EAL and ethnicity come only from the census). The school's trust and
-- phase come with it.
create or replace table work_survey_answer as
with answers as (
    select
        f.*,
        q.instrument,
        q.item_code,
        q.item_text,
        q.item_order
    from fact_survey_answer as f
    inner join dim_question as q on q.question_key = f.question_key
),

with_census as (
    select
        a.*,
        c.gender as census_gender,
        c.sen_provision,
        c.fsm_eligible,
        c.disadvantaged,
        c.eal,
        c.ethnicity_major_group,
        c.nc_year
    from answers as a
    left join dim_pupil_characteristics as c
        on c.pupil_key = a.pupil_key
        and coalesce(a.answered_on, current_date) between c.applies_from and coalesce(c.valid_to, date '9999-12-31')
    qualify row_number() over (
        partition by a.respondent_id, a.question_key, a.wave
        order by c.school_key = a.school_key desc, c.valid_from desc
    ) = 1
)

select
    a.school_key,
    a.respondent_id,
    a.pupil_key,
    a.instrument,
    a.question_key,
    a.item_code,
    a.item_text,
    a.item_order,
    a.wave,
    a.answered_on,
    a.scored_value,
    a.is_positive,
    a.is_negative,
    a.is_unanswered,
    gender_group(coalesce(a.census_gender, a.self_gender)) as gender,
    coalesce(
        case when a.sen_provision in ('K', 'E') then 'SEND' when a.sen_provision = 'N' then 'No SEND' end,
        a.self_send,
        'Unknown'
    ) as send,
    flag_group(a.fsm_eligible, 'FSM', 'Not FSM') as fsm,
    flag_group(a.disadvantaged, 'Disadvantaged', 'Not disadvantaged') as disadvantaged,
    flag_group(a.eal, 'EAL', 'Not EAL') as eal,
    coalesce(a.ethnicity_major_group, 'Unknown') as ethnicity,
    year_group(coalesce(a.nc_year, a.self_year_group)) as year_group,
    coalesce(sch.trust, 'No trust') as trust,
    school_phase(sch.phase) as phase
from with_census as a
inner join dim_school as sch on sch.school_key = a.school_key;
