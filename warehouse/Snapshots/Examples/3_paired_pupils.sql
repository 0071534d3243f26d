-- Pupils who answered at both baseline and endline: their change in belonging, school by school
with scores as (
    select a.school_key, a.pupil_key, a.wave, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and not a.is_unanswered and a.pupil_key is not null
    group by all
),
paired as (
    select b.school_key, b.score as baseline, e.score as endline
    from scores as b
    inner join scores as e on e.school_key = b.school_key and e.pupil_key = b.pupil_key and e.wave = 'endline'
    where b.wave = 'baseline'
)
select
    s.name as school,
    count(*) as paired_pupils,
    round(avg(p.baseline), 2) as baseline_mean,
    round(avg(p.endline), 2) as endline_mean,
    round(avg(p.endline - p.baseline), 2) as mean_change
from paired as p
inner join dim_school as s using (school_key)
group by all
order by school;
