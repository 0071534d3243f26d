-- Pupils in thirds by belonging at baseline, against their attendance and suspensions
with belonging as (
    select a.pupil_key, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and a.wave = 'baseline' and not a.is_unanswered and a.pupil_key is not null
    group by all
),
thirds as (
    select pupil_key, ntile(3) over (order by score) as third
    from belonging
),
attendance as (
    select pupil_key, sum(present_sessions + aea_sessions) as attended, sum(possible_sessions) as possible
    from fact_attendance
    group by all
),
suspended as (
    select distinct pupil_key
    from fact_exclusion
    where category = 'suspension'
)
select
    case t.third when 1 then 'Lowest third' when 2 then 'Middle third' else 'Highest third' end as belonging_at_baseline,
    count(*) as pupils,
    round(100 * sum(a.attended) / sum(a.possible), 1) as attendance_rate,
    round(100 * count(s.pupil_key) / count(*), 1) as suspended_per_100_pupils
from thirds as t
left join attendance as a using (pupil_key)
left join suspended as s using (pupil_key)
group by t.third
order by t.third;
