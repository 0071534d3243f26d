-- Grain: one row per instrument, item, school (or all schools) and respondent group of mart_survey_item, for the
-- instrument's first wave (baseline) against its last (endline) in that school or in all schools together; only
-- where the two differ. Percentage positive as in mart_survey_item (unanswered in the denominator, rounded the same
-- way so the two agree), with a pooled two-proportion z-test and its two-sided p-value. Suppressed when either wave's
-- cell is suppressed.
create or replace table mart_survey_item_change as
with cells as (
    select c.* replace (s.suppressed as suppressed), w.wave_order
    from work_survey_item_cell as c
    inner join work_suppression_cell as s on s.mart = 'survey_item' and s.cell_id = c.cell_id
    inner join dim_wave as w on w.wave = c.wave
),

span as (
    select instrument, school, min(wave_order) as first_order, max(wave_order) as last_order
    from cells
    where coalesce(gender, send, fsm, disadvantaged, eal, ethnicity, year_group) is null
        and (school is not null or coalesce(trust, phase) is null)
    group by all
    having min(wave_order) < max(wave_order)
),

pairs as (
    select
        b.instrument,
        b.item_code,
        b.item_text,
        b.item_order,
        b.school,
        b.gender,
        b.send,
        b.fsm,
        b.disadvantaged,
        b.eal,
        b.ethnicity,
        b.year_group,
        b.trust,
        b.phase,
        b.wave as baseline_wave,
        e.wave as endline_wave,
        b.suppressed or e.suppressed as suppressed,
        b.respondents as baseline_respondents,
        b.positive as baseline_positive,
        shares_of_100([b.positive, b.negative, b.unanswered], b.respondents)[1] as baseline_positive_share,
        e.respondents as endline_respondents,
        e.positive as endline_positive,
        shares_of_100([e.positive, e.negative, e.unanswered], e.respondents)[1] as endline_positive_share
    from span as s
    inner join cells as b
        on b.instrument = s.instrument and b.school is not distinct from s.school and b.wave_order = s.first_order
    inner join cells as e
        on e.instrument = s.instrument
        and e.school is not distinct from s.school
        and e.wave_order = s.last_order
        and e.question_key = b.question_key
        and e.dims is not distinct from b.dims
),

tested as (
    select
        *,
        two_proportion_z(baseline_positive, baseline_respondents, endline_positive, endline_respondents) as z
    from pairs
)

select
    t.instrument,
    t.item_code,
    t.item_text,
    t.item_order,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    grouping_name('All respondents', t.school, t.gender, t.send, t.fsm, t.disadvantaged, t.eal, t.ethnicity, t.year_group, t.trust, t.phase)
        as grouping,
    t.gender,
    t.send,
    t.fsm,
    t.disadvantaged,
    t.eal,
    t.ethnicity,
    t.year_group,
    t.trust,
    t.phase,
    t.baseline_wave,
    t.endline_wave,
    'programme window' as counting_window,
    t.suppressed,
    case when not t.suppressed then t.baseline_respondents end as baseline_respondents,
    case when not t.suppressed then t.baseline_positive_share end as baseline_positive_pct,
    case when not t.suppressed then t.endline_respondents end as endline_respondents,
    case when not t.suppressed then t.endline_positive_share end as endline_positive_pct,
    case when not t.suppressed
        then round(100.0 * (t.endline_positive / t.endline_respondents - t.baseline_positive / t.baseline_respondents), 1)
    end as change_points,
    case when not t.suppressed then round(t.z, 3) end as z,
    case when not t.suppressed then round(two_sided_p(t.z), 4) end as p_value,
    case when not t.suppressed then two_sided_p(t.z) < 0.05 end as significant
from tested as t
left join dim_school as sch on cast(sch.school_key as varchar) = t.school;

comment on table mart_survey_item_change is 'Change in percentage positive per survey item from the first wave to the last, per school and for all schools, by respondent group, with a pooled two-proportion z-test; suppressed where either wave is.';
comment on column mart_survey_item_change.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_item_change.item_code is 'The item''s short code, such as belong.';
comment on column mart_survey_item_change.item_text is 'The item''s wording.';
comment on column mart_survey_item_change.item_order is 'The item''s position in the questionnaire.';
comment on column mart_survey_item_change.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_item_change.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_item_change.grouping is 'Which groups the row breaks down by (All pupils, Gender, Gender × SEND...).';
comment on column mart_survey_item_change.gender is 'Male, Female or Unknown; null means all.';
comment on column mart_survey_item_change.send is 'SEND (SEN support or EHC plan), No SEND or Unknown; null means all.';
comment on column mart_survey_item_change.fsm is 'FSM (eligible for free school meals), Not FSM or Unknown; null means all.';
comment on column mart_survey_item_change.disadvantaged is 'Disadvantaged (FSM in the last six years or otherwise pupil premium), Not disadvantaged or Unknown; null means all.';
comment on column mart_survey_item_change.eal is 'EAL (English as an additional language), Not EAL or Unknown; null means all.';
comment on column mart_survey_item_change.ethnicity is 'DfE major ethnic group, or Unknown; null means all.';
comment on column mart_survey_item_change.year_group is 'National curriculum year (Year 7, R...), or Unknown; null means all.';
comment on column mart_survey_item_change.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to.';
comment on column mart_survey_item_change.phase is 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.';
comment on column mart_survey_item_change.baseline_wave is 'The first wave compared.';
comment on column mart_survey_item_change.endline_wave is 'The last wave compared.';
comment on column mart_survey_item_change.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_item_change.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_item_change.baseline_respondents is 'Respondents in the first wave compared.';
comment on column mart_survey_item_change.baseline_positive_pct is 'Percentage positive in the first wave compared.';
comment on column mart_survey_item_change.endline_respondents is 'Respondents in the last wave compared.';
comment on column mart_survey_item_change.endline_positive_pct is 'Percentage positive in the last wave compared.';
comment on column mart_survey_item_change.change_points is 'Last wave''s percentage positive less the first wave''s, in percentage points.';
comment on column mart_survey_item_change.z is 'The pooled two-proportion z statistic of the change.';
comment on column mart_survey_item_change.p_value is 'Two-sided p-value of the test on the row.';
comment on column mart_survey_item_change.significant is 'True when p_value is below 0.05.';
