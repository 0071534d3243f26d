-- Week by week attendance in each school, for pupils above and below their school's median belonging at baseline
with belonging as (
    select a.school_key, a.pupil_key, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and a.wave = 'baseline' and not a.is_unanswered and a.pupil_key is not null
    group by all
),
halves as (
    select school_key, pupil_key, score >= median(score) over (partition by school_key) as above_median
    from belonging
)
select s.urn, w.week_start, h.above_median, count(*) as pupils,
    round(100 * sum(w.present_sessions + w.aea_sessions) / sum(w.possible_sessions), 1) as attendance_rate
from fact_attendance_week as w
inner join halves as h using (school_key, pupil_key)
inner join dim_school as s using (school_key)
group by all
order by all;
