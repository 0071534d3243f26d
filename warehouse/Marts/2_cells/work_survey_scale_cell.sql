-- Grain: one cell per instrument, wave, school (or all schools) and combination of groups of survey_group_masks(), as
-- work_survey_item_cell (a pupil group for pupils' questionnaires only, disadvantage within a school merged); null
-- in a group column means "all". Respondents are those with a scale score. Cronbach's alpha uses the complete
-- respondents only: the sum of their item variances (from the item cells' sums) and the variance of their total
-- score, both sample variances.
create or replace table work_survey_scale_cell as
with scored as (
    select
        r.instrument,
        r.wave,
        case when m.mask & 1 > 0 then cast(r.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then r.gender end as gender,
        case when m.mask & 4 > 0 then r.send end as send,
        case when m.mask & 8 > 0 then r.fsm end as fsm,
        case when m.mask & 16 > 0 then if(m.mask & 1 > 0, school_survey_disadvantage(r.disadvantaged), r.disadvantaged) end as disadvantaged,
        case when m.mask & 32 > 0 then r.eal end as eal,
        case when m.mask & 64 > 0 then r.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then r.year_group end as year_group,
        case when m.mask & 256 > 0 then r.trust end as trust,
        case when m.mask & 512 > 0 then r.phase end as phase,
        any_value(r.items) as items,
        count(*) as respondents,
        avg(r.scale_score) as mean_score,
        stddev_samp(r.scale_score) as sd_score,
        count(*) filter (where r.complete) as complete_respondents,
        var_samp(r.complete_total) as total_variance
    from work_survey_respondent as r
    inner join dim_instrument as i on i.instrument = r.instrument
    inner join survey_group_masks() as m on i.respondent = 'pupil' or not m.by_pupil_group
    where r.scale_score is not null
    group by all
),

-- Each item's sample variance over a cell's complete respondents, from the sums of work_survey_item_cell.
summed as (
    select
        instrument,
        wave,
        dims,
        sum(case when complete_answers > 1
            then (complete_sum_squares - complete_sum * complete_sum / complete_answers) / (complete_answers - 1)
        end) as sum_item_variance
    from work_survey_item_cell
    group by instrument, wave, dims
),

cells as (
    select *, [school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase] as dims
    from scored
)

select
    row_number() over () as cell_id,
    c.*,
    v.sum_item_variance,
    c.respondents < $suppression_threshold as suppressed
from cells as c
left join summed as v on v.instrument = c.instrument and v.wave = c.wave and v.dims is not distinct from c.dims;

delete from work_suppression_cell where mart = 'survey_scale';

insert into work_suppression_cell (mart, cell_id, partition_key, dims, n, suppressed)
select
    'survey_scale',
    cell_id,
    concat_ws('|', instrument, wave),
    dims,
    respondents,
    suppressed
from work_survey_scale_cell;
