-- Belonging at baseline and at endline, for pupils eligible for free school meals and the rest
with scores as (
    select a.pupil_key, a.wave, avg(a.scored_value) as score
    from fact_survey_answer as a
    inner join dim_question as q using (question_key)
    where q.construct = 'belonging' and not a.is_unanswered and a.pupil_key is not null
    group by all
),
pupil_groups as (
    select pupil_key, arg_max(fsm_eligible, valid_from) as fsm_eligible
    from dim_pupil_characteristics
    group by pupil_key
)
select
    case g.fsm_eligible when true then 'Free school meals' when false then 'Not free school meals' else 'Not recorded' end as pupil_group,
    count(*) filter (where s.wave = 'baseline') as baseline_pupils,
    round(avg(s.score) filter (where s.wave = 'baseline'), 2) as baseline_mean,
    count(*) filter (where s.wave = 'endline') as endline_pupils,
    round(avg(s.score) filter (where s.wave = 'endline'), 2) as endline_mean
from scores as s
left join pupil_groups as g using (pupil_key)
group by all
order by pupil_group;
