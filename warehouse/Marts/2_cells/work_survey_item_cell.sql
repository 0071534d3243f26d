-- Grain: one cell per instrument, item, wave, school (or all schools) and combination of groups of survey_group_masks()
-- (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group, trust, phase), those with a pupil group only for a
-- questionnaire answered by pupils (dim_instrument.respondent); null in a group column means "all". Within a school,
-- disadvantage is Disadvantaged or 'Not disadvantaged or unknown' (school_survey_disadvantage). Respondents include
-- those who left the item unanswered, so positive, negative and unanswered add up to 100%. The count, sum and sum of
-- squares of the scored answers of complete respondents (who answered every item) give each item's variance for
-- Cronbach's alpha in work_survey_scale_cell. Answers are first summed per item, wave, school and combination of groups
-- (survey_item_combo), then those sums again across schools (school_key null), and only these are spread over the
-- masks: the masks with the school over the schools' sums, the others over the sums across schools. Spreading every
-- answer over every mask instead aggregates answers × masks rows, far more than sums × masks, and at national scale
-- took many times longer and several GiB of memory. The schools' sums are kept in school order, so the aggregate over
-- the school masks meets one school's groups at a time: it then fits under the default memory limit
-- (Warehouse:MemoryLimit), where unordered it ran out of memory, and runs faster too (figures in docs/performance.md).
create or replace temp table survey_item_combo as
select
    a.question_key,
    i.respondent = 'pupil' as pupil_respondents,
    a.wave,
    a.school_key,
    a.gender,
    a.send,
    a.fsm,
    a.disadvantaged,
    a.eal,
    a.ethnicity,
    a.year_group,
    a.trust,
    a.phase,
    count(*) as respondents,
    count(*) filter (where a.is_positive) as positive,
    count(*) filter (where a.is_negative) as negative,
    count(*) filter (where a.is_unanswered) as unanswered,
    count(*) filter (where r.complete) as complete_answers,
    cast(sum(a.scored_value) filter (where r.complete) as bigint) as complete_sum,
    cast(sum(a.scored_value * a.scored_value) filter (where r.complete) as bigint) as complete_sum_squares
from work_survey_answer as a
inner join dim_instrument as i on i.instrument = a.instrument
inner join work_survey_respondent as r
    on r.school_key = a.school_key
    and r.respondent_id = a.respondent_id
    and r.instrument = a.instrument
    and r.wave = a.wave
group by all
order by a.school_key;

insert into survey_item_combo
select
    question_key,
    pupil_respondents,
    wave,
    null,
    gender,
    send,
    fsm,
    disadvantaged,
    eal,
    ethnicity,
    year_group,
    trust,
    phase,
    sum(columns(* exclude (
        question_key, pupil_respondents, wave, school_key, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase
    )))
from survey_item_combo
group by all;

-- The masks with the school bit set (school_bit 1) over the schools' sums, or the others (0) over the sums across
-- schools: two aggregates run apart are three times faster than one over both.
create or replace temp macro survey_item_spread(school_bit) as table
    select
        c.question_key,
        c.wave,
        case when m.mask & 1 > 0 then cast(c.school_key as varchar) end as school,
        case when m.mask & 2 > 0 then c.gender end as gender,
        case when m.mask & 4 > 0 then c.send end as send,
        case when m.mask & 8 > 0 then c.fsm end as fsm,
        case when m.mask & 16 > 0 then if(school_bit = 1, school_survey_disadvantage(c.disadvantaged), c.disadvantaged) end as disadvantaged,
        case when m.mask & 32 > 0 then c.eal end as eal,
        case when m.mask & 64 > 0 then c.ethnicity end as ethnicity,
        case when m.mask & 128 > 0 then c.year_group end as year_group,
        case when m.mask & 256 > 0 then c.trust end as trust,
        case when m.mask & 512 > 0 then c.phase end as phase,
        sum(c.respondents)::bigint as respondents,
        sum(c.positive)::bigint as positive,
        sum(c.negative)::bigint as negative,
        sum(c.unanswered)::bigint as unanswered,
        sum(c.complete_answers)::bigint as complete_answers,
        sum(c.complete_sum)::bigint as complete_sum,
        sum(c.complete_sum_squares)::bigint as complete_sum_squares
    from survey_item_combo as c
    inner join survey_group_masks() as m on m.mask & 1 = school_bit and (c.pupil_respondents or not m.by_pupil_group)
    where (c.school_key is not null) = (school_bit = 1)
    group by all;

create or replace temp table survey_item_cells as
from survey_item_spread(1);

insert into survey_item_cells
from survey_item_spread(0);

create or replace table work_survey_item_cell as
select
    row_number() over () as cell_id,
    q.instrument,
    c.question_key,
    q.item_code,
    q.item_text,
    q.item_order,
    q.reverse_coded,
    c.wave,
    c.school,
    c.gender,
    c.send,
    c.fsm,
    c.disadvantaged,
    c.eal,
    c.ethnicity,
    c.year_group,
    c.trust,
    c.phase,
    c.respondents,
    c.positive,
    c.negative,
    c.unanswered,
    c.complete_answers,
    c.complete_sum,
    c.complete_sum_squares,
    [c.school, c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group, c.trust, c.phase] as dims,
    c.respondents < $suppression_threshold as suppressed
from survey_item_cells as c
inner join dim_question as q on q.question_key = c.question_key;

drop table survey_item_combo;

drop table survey_item_cells;

drop macro table survey_item_spread;

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
