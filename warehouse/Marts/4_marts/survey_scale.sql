-- Grain: as work_survey_scale_cell. The mean scale score (1 to 4, higher is more belonging) of respondents with a
-- score, its standard deviation and a 95% interval (normal approximation, mean ± 1.96 standard errors), and
-- Cronbach's alpha over the complete respondents (null when fewer of them than the threshold). Suppressed cells
-- (primary or secondary) keep their row with every figure null.
create or replace table mart_survey_scale as
with cells as (
    select c.* replace (s.suppressed as suppressed)
    from work_survey_scale_cell as c
    inner join work_suppression_cell as s on s.mart = 'survey_scale' and s.cell_id = c.cell_id
)

select
    c.instrument,
    c.wave,
    w.wave_order,
    'wave' as counting_window,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    grouping_name('All respondents', c.school, c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group, c.trust, c.phase)
        as grouping,
    c.gender,
    c.send,
    c.fsm,
    c.disadvantaged,
    c.eal,
    c.ethnicity,
    c.year_group,
    c.trust,
    c.phase,
    c.items,
    c.suppressed,
    case when not c.suppressed then c.respondents end as respondents,
    case when not c.suppressed then round(c.mean_score, 3) end as mean_score,
    case when not c.suppressed then round(c.sd_score, 3) end as sd_score,
    case when not c.suppressed then round(c.mean_score - 1.959964 * c.sd_score / sqrt(c.respondents), 3) end as mean_low,
    case when not c.suppressed then round(c.mean_score + 1.959964 * c.sd_score / sqrt(c.respondents), 3) end as mean_high,
    case when not c.suppressed then c.complete_respondents end as alpha_respondents,
    case when not c.suppressed and c.complete_respondents >= $suppression_threshold
        then round(cronbach_alpha(c.items, c.sum_item_variance, c.total_variance), 3) end as alpha
from cells as c
inner join dim_wave as w on w.wave = c.wave
left join dim_school as sch on cast(sch.school_key as varchar) = c.school;

comment on table mart_survey_scale is 'Scale scores by instrument, wave and respondent group: mean (1 to 4) with SD and 95% interval, and Cronbach''s alpha; small groups suppressed with secondary suppression.';
