-- Grain: as work_survey_scale_cell. The mean scale score (1 to 4, higher is more belonging) of respondents with a
-- score, its standard deviation and a 95% interval (normal approximation, mean ± 1.96 standard errors), and
-- Cronbach's alpha over the complete respondents (null when fewer of them than the threshold). Suppressed cells
-- (primary or secondary) keep their row with every figure null.
create or replace table mart_survey_scale as
with cells as (
    select c.* replace (s.suppressed as suppressed), s.hidden_pass
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
    case when c.suppressed then if(c.hidden_pass is null, 'small', 'complement') end as suppression_reason,
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
comment on column mart_survey_scale.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_scale.wave is 'The survey wave: baseline, midpoint, endline or a dated round.';
comment on column mart_survey_scale.wave_order is 'Orders waves: baseline 1, midpoint 2, endline 3, dated rounds after.';
comment on column mart_survey_scale.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_scale.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_scale.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_scale.grouping is 'Which groups the row breaks down by (All pupils, Gender, Gender × SEND...).';
comment on column mart_survey_scale.gender is 'Male, Female or Unknown; null means all.';
comment on column mart_survey_scale.send is 'SEND (SEN support or EHC plan), No SEND or Unknown; null means all.';
comment on column mart_survey_scale.fsm is 'FSM (eligible for free school meals), Not FSM or Unknown; null means all.';
comment on column mart_survey_scale.disadvantaged is 'Disadvantaged (FSM in the last six years or otherwise pupil premium), Not disadvantaged or Unknown; null means all.';
comment on column mart_survey_scale.eal is 'EAL (English as an additional language), Not EAL or Unknown; null means all.';
comment on column mart_survey_scale.ethnicity is 'DfE major ethnic group, or Unknown; null means all.';
comment on column mart_survey_scale.year_group is 'National curriculum year (Year 7, R...), or Unknown; null means all.';
comment on column mart_survey_scale.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to.';
comment on column mart_survey_scale.phase is 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.';
comment on column mart_survey_scale.items is 'Items in the audit area.';
comment on column mart_survey_scale.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_scale.suppression_reason is 'Why a hidden row is hidden: small (fewer than the threshold counted) or complement (hidden so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_survey_scale.respondents is 'Survey respondents counted (those who left an item blank included); null when suppressed.';
comment on column mart_survey_scale.mean_score is 'Mean scale score (the mean of answered items after reverse coding, 1 to 4; higher is more belonging).';
comment on column mart_survey_scale.sd_score is 'Standard deviation of the scale scores.';
comment on column mart_survey_scale.mean_low is 'Lower end of the 95% interval of the mean score (normal approximation).';
comment on column mart_survey_scale.mean_high is 'Upper end of the 95% interval of the mean score.';
comment on column mart_survey_scale.alpha_respondents is 'Respondents who answered every item, on whom alpha is computed.';
comment on column mart_survey_scale.alpha is 'Cronbach''s alpha of the instrument''s items, on respondents who answered every item.';
