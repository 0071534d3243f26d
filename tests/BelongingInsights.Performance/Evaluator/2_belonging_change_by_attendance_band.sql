-- Change in belonging from baseline to endline, by the pupil's attendance band over all their weeks
with attendance as (
    select pupil_key, sum(present_sessions + aea_sessions) / nullif(sum(possible_sessions), 0) as rate
    from fact_attendance_week
    group by pupil_key
),
waves as (
    select a.pupil_key,
        avg(a.scored_value) filter (where a.wave = 'baseline') as baseline,
        avg(a.scored_value) filter (where a.wave = 'endline') as endline
    from fact_survey_answer as a
    inner join dim_question as q on q.question_key = a.question_key and q.construct = 'belonging'
    where a.pupil_key is not null and not a.is_unanswered
    group by a.pupil_key
)
select
    case when t.rate >= 0.95 then '95% and over' when t.rate >= 0.9 then '90% to 95%' else 'under 90%' end as attendance_band,
    count(*) as paired_pupils,
    round(avg(w.endline - w.baseline), 3) as mean_change
from waves as w
inner join attendance as t using (pupil_key)
where w.baseline is not null and w.endline is not null
group by all
order by all;
