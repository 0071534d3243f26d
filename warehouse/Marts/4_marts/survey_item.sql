-- Grain: as work_survey_item_cell. Percentages of respondents answering positively, negatively or not at all,
-- reverse coding respected, each with a Wilson 95% interval. Suppressed cells keep their row with figures null.
create or replace table mart_survey_item as
with cells as (
    select c.* replace (s.suppressed as suppressed)
    from work_survey_item_cell as c
    inner join work_suppression_cell as s on s.mart = 'survey_item' and s.cell_id = c.cell_id
)

select
    c.instrument,
    c.item_code,
    c.item_text,
    c.item_order,
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
    c.suppressed,
    case when not c.suppressed then c.respondents end as respondents,
    case when not c.suppressed then round(100.0 * c.positive / c.respondents, 1) end as positive_pct,
    case when not c.suppressed then round(wilson_low(c.positive, c.respondents), 1) end as positive_low,
    case when not c.suppressed then round(wilson_high(c.positive, c.respondents), 1) end as positive_high,
    case when not c.suppressed then round(100.0 * c.negative / c.respondents, 1) end as negative_pct,
    case when not c.suppressed then round(wilson_low(c.negative, c.respondents), 1) end as negative_low,
    case when not c.suppressed then round(wilson_high(c.negative, c.respondents), 1) end as negative_high,
    case when not c.suppressed then round(100.0 * c.unanswered / c.respondents, 1) end as unanswered_pct
from cells as c
inner join dim_wave as w on w.wave = c.wave
left join dim_school as sch on cast(sch.school_key as varchar) = c.school;

comment on table mart_survey_item is 'Survey items by wave and respondent group: percentage positive, negative and unanswered with Wilson 95% intervals; small groups suppressed with secondary suppression.';
