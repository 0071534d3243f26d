-- Grain: one cell per instrument, item, wave, school (or all schools) and combination of groups of group_masks()
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase); null in a group column means
-- "all". Respondents include those who left the item unanswered, so positive, negative and unanswered add up to 100%.
-- The count, sum and sum of squares of the scored answers of complete respondents (who answered every item) give
-- each item's variance for Cronbach's alpha in work_survey_scale_cell.
create or replace table work_survey_item_cell as
with answers as (
    select a.*, r.complete
    from work_survey_answer as a
    inner join work_survey_respondent as r
        on r.school_key = a.school_key
        and r.respondent_id = a.respondent_id
        and r.instrument = a.instrument
        and r.wave = a.wave
),

cells as (
    select
        a.instrument,
        a.question_key,
        a.item_code,
        a.item_text,
        a.item_order,
        a.wave,
        case when m.mask & 1 > 0 then cast(a.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then a.gender end as gender,
        case when m.mask & 4 > 0 then a.send end as send,
        case when m.mask & 8 > 0 then a.fsm end as fsm,
        case when m.mask & 16 > 0 then a.disadvantaged end as disadvantaged,
        case when m.mask & 32 > 0 then a.eal end as eal,
        case when m.mask & 64 > 0 then a.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then a.year_group end as year_group,
        case when m.mask & 256 > 0 then a.trust end as trust,
        case when m.mask & 512 > 0 then a.phase end as phase,
        count(*) as respondents,
        count(*) filter (where a.is_positive) as positive,
        count(*) filter (where a.is_negative) as negative,
        count(*) filter (where a.is_unanswered) as unanswered,
        count(*) filter (where a.complete) as complete_answers,
        sum(a.scored_value) filter (where a.complete) as complete_sum,
        sum(a.scored_value * a.scored_value) filter (where a.complete) as complete_sum_squares
    from answers as a
    cross join group_masks() as m
    group by all
)

select
    row_number() over () as cell_id,
    *,
    [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase] as dims,
    respondents < $suppression_threshold as suppressed
from cells;

delete from work_suppression_cell where mart = 'survey_item';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'survey_item',
    cell_id,
    concat_ws('|', instrument, question_key, wave),
    dims,
    respondents,
    suppressed
from work_survey_item_cell;
