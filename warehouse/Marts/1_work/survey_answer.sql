-- Grain: one row per survey answer, with the respondent's groups: for a linked pupil, the census
-- characteristics valid when they answered; otherwise what they reported about themselves; else Unknown.
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
    school_key,
    respondent_id,
    pupil_key,
    instrument,
    question_key,
    item_code,
    item_text,
    item_order,
    wave,
    answered_on,
    scored_value,
    is_positive,
    is_negative,
    is_unanswered,
    case coalesce(census_gender, self_gender) when 'M' then 'Male' when 'F' then 'Female' else 'Unknown' end as gender,
    coalesce(
        case when sen_provision in ('K', 'E') then 'SEND' when sen_provision = 'N' then 'No SEND' end,
        self_send,
        'Unknown'
    ) as send,
    case
        when coalesce(nc_year, self_year_group) is null then 'Unknown'
        when coalesce(nc_year, self_year_group) in ('E1', 'E2', 'N1', 'N2', 'R', 'X') then coalesce(nc_year, self_year_group)
        else 'Year ' || coalesce(nc_year, self_year_group)
    end as year_group
from with_census;
