-- Spring-term attendance of SEND pupils in secondary year groups, by their belonging at baseline
with send_secondary as (
    select pupil_key
    from dim_pupil_characteristics
    where is_current and sen_provision <> 'N' and nc_year in ('7', '8', '9', '10', '11')
),
belonging as (
    select a.pupil_key, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and a.wave = 'baseline' and not a.is_unanswered and a.pupil_key is not null
    group by all
)
select round(b.score) as belonging_score, count(distinct w.pupil_key) as pupils,
    round(100 * sum(w.present_sessions + w.aea_sessions) / sum(w.possible_sessions), 1) as spring_attendance_rate
from fact_attendance_week as w
inner join send_secondary as s using (pupil_key)
inner join belonging as b using (pupil_key)
where month(w.week_start) between 1 and 3
group by all
order by all;
