-- Grain: as work_survey_item_cell. Percentages of respondents answering positively, negatively or not at all,
-- reverse coding respected, adding up to exactly 100 (shares_of_100), positive and negative each with a Wilson 95%
-- interval. The scales have no middle answer, so there is no neutral share. Suppressed cells keep their row with
-- every figure null.
create or replace table mart_survey_item as
with cells as (
    select
        c.* replace (s.suppressed as suppressed),
        s.hidden_pass,
        shares_of_100([c.positive, c.negative, c.unanswered], c.respondents) as shares
    from work_survey_item_cell as c
    inner join work_suppression_cell as s on s.mart = 'survey_item' and s.cell_id = c.cell_id
)

select
    c.instrument,
    c.item_code,
    c.item_text,
    c.item_order,
    c.reverse_coded,
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
    case when c.suppressed then if(c.hidden_pass is null, 'small', 'complement') end as suppression_reason,
    case when not c.suppressed then c.respondents end as respondents,
    case when not c.suppressed then c.shares[1] end as positive_pct,
    case when not c.suppressed then round(wilson_low(c.positive, c.respondents), 1) end as positive_low,
    case when not c.suppressed then round(wilson_high(c.positive, c.respondents), 1) end as positive_high,
    case when not c.suppressed then c.shares[2] end as negative_pct,
    case when not c.suppressed then round(wilson_low(c.negative, c.respondents), 1) end as negative_low,
    case when not c.suppressed then round(wilson_high(c.negative, c.respondents), 1) end as negative_high,
    case when not c.suppressed then c.shares[3] end as unanswered_pct
from cells as c
inner join dim_wave as w on w.wave = c.wave
left join dim_school as sch on cast(sch.school_key as varchar) = c.school;

comment on table mart_survey_item is 'Survey items by wave and respondent group: percentage positive, negative and unanswered with Wilson 95% intervals; small groups suppressed with secondary suppression.';
comment on column mart_survey_item.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_item.item_code is 'The item''s short code, such as belong.';
comment on column mart_survey_item.item_text is 'The item''s wording.';
comment on column mart_survey_item.item_order is 'The item''s position in the questionnaire.';
comment on column mart_survey_item.reverse_coded is 'True when agreeing is the negative answer (I feel lonely at my school): its positive and negative answers are swapped.';
comment on column mart_survey_item.wave is 'The survey wave: baseline, midpoint, endline or a dated round.';
comment on column mart_survey_item.wave_order is 'Orders waves: baseline 1, midpoint 2, endline 3, dated rounds after.';
comment on column mart_survey_item.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_item.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_item.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_item.grouping is 'Which groups the row breaks down by (All pupils, Gender, Gender × SEND...).';
comment on column mart_survey_item.gender is 'Male, Female or Unknown; null means all.';
comment on column mart_survey_item.send is 'SEND (SEN support or EHC plan), No SEND or Unknown; null means all.';
comment on column mart_survey_item.fsm is 'FSM (eligible for free school meals), Not FSM or Unknown; null means all.';
comment on column mart_survey_item.disadvantaged is 'Disadvantaged (FSM in the last six years or otherwise pupil premium), Not disadvantaged or Unknown; null means all.';
comment on column mart_survey_item.eal is 'EAL (English as an additional language), Not EAL or Unknown; null means all.';
comment on column mart_survey_item.ethnicity is 'DfE major ethnic group, or Unknown; null means all.';
comment on column mart_survey_item.year_group is 'National curriculum year (Year 7, R...), or Unknown; null means all.';
comment on column mart_survey_item.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to.';
comment on column mart_survey_item.phase is 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.';
comment on column mart_survey_item.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_item.suppression_reason is 'Why a hidden row is hidden: small (fewer than the threshold counted) or complement (hidden so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_survey_item.respondents is 'Survey respondents counted (those who left an item blank included); null when suppressed.';
comment on column mart_survey_item.positive_pct is 'Respondents answering positively (reverse coding respected) per 100 respondents; with negative_pct and unanswered_pct it adds up to exactly 100 (largest remainder rounding).';
comment on column mart_survey_item.positive_low is 'Lower end of the Wilson 95% interval of positive_pct.';
comment on column mart_survey_item.positive_high is 'Upper end of the Wilson 95% interval of positive_pct.';
comment on column mart_survey_item.negative_pct is 'Respondents answering negatively (reverse coding respected) per 100 respondents.';
comment on column mart_survey_item.negative_low is 'Lower end of the Wilson 95% interval of negative_pct.';
comment on column mart_survey_item.negative_high is 'Upper end of the Wilson 95% interval of negative_pct.';
comment on column mart_survey_item.unanswered_pct is 'Respondents leaving the item blank per 100 respondents. The scales have no middle answer, so there is no neutral share.';
