-- Grain: one cell per instrument, wave, school (or all schools) and combination of up to two respondent groups
-- (gender, SEND, year group), as work_survey_item_cell; null in a group column means "all". Respondents are those
-- with a scale score. Cronbach's alpha uses the complete respondents only: the sum of their item variances and the
-- variance of their total score, both sample variances.
create or replace table work_survey_scale_cell as
with masks as (
    select mask
    from range(0, 16) as r(mask)
    where bit_count(mask >> 1) <= 2
),

scored as (
    select
        r.instrument,
        r.wave,
        case when m.mask & 1 > 0 then cast(r.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then r.gender end as gender,
        case when m.mask & 4 > 0 then r.send end as send,
        case when m.mask & 8 > 0 then r.year_group end as year_group,
        any_value(r.items) as items,
        count(*) as respondents,
        avg(r.scale_score) as mean_score,
        stddev_samp(r.scale_score) as sd_score,
        count(*) filter (where r.complete) as complete_respondents,
        var_samp(r.complete_total) as total_variance
    from work_survey_respondent as r
    cross join masks as m
    where r.scale_score is not null
    group by all
),

item_variances as (
    select
        r.instrument,
        r.wave,
        case when m.mask & 1 > 0 then cast(r.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then r.gender end as gender,
        case when m.mask & 4 > 0 then r.send end as send,
        case when m.mask & 8 > 0 then r.year_group end as year_group,
        a.question_key,
        var_samp(a.scored_value) as item_variance
    from work_survey_respondent as r
    inner join work_survey_answer as a
        on a.school_key = r.school_key
        and a.respondent_id = r.respondent_id
        and a.instrument = r.instrument
        and a.wave = r.wave
    cross join masks as m
    where r.complete
    group by all
),

summed as (
    select instrument, wave, school, gender, send, year_group, sum(item_variance) as sum_item_variance
    from item_variances
    group by all
)

select
    row_number() over () as cell_id,
    s.*,
    v.sum_item_variance,
    s.respondents < $suppression_threshold as suppressed
from scored as s
left join summed as v
    on v.instrument = s.instrument
    and v.wave = s.wave
    and v.school is not distinct from s.school
    and v.gender is not distinct from s.gender
    and v.send is not distinct from s.send
    and v.year_group is not distinct from s.year_group;

delete from work_suppression_cell where mart = 'survey_scale';

insert into work_suppression_cell
select
    'survey_scale',
    cell_id,
    concat_ws('|', instrument, wave),
    [school, gender, send, year_group],
    respondents,
    suppressed
from work_survey_scale_cell;
