-- Persistently absent pupils (under 90% attendance in a year) by gender and disadvantage, with their mean belonging
with years as (
    select pupil_key, academic_year,
        sum(present_sessions + aea_sessions) / nullif(sum(possible_sessions), 0) as rate
    from fact_attendance_week
    group by all
),
pupil_groups as (
    select pupil_key, arg_max(gender, valid_from) as gender, arg_max(disadvantaged, valid_from) as disadvantaged
    from dim_pupil_characteristics
    group by pupil_key
),
belonging as (
    select a.pupil_key, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and not a.is_unanswered and a.pupil_key is not null
    group by all
)
select y.academic_year, g.gender, g.disadvantaged,
    count(*) as pupil_years,
    count(*) filter (where y.rate < 0.9) as persistently_absent,
    round(avg(b.score) filter (where y.rate < 0.9), 2) as belonging_of_persistently_absent
from years as y
left join pupil_groups as g using (pupil_key)
left join belonging as b using (pupil_key)
group by all
order by all;
