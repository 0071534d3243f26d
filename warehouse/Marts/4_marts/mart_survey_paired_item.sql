-- Grain: one row per instrument, item and school (or all schools), over the linked pupils who answered both the
-- baseline and endline waves (work_survey_scope_pair). b counts pupils positive at baseline and not positive at
-- endline (unanswered is not positive), c the reverse; McNemar's chi-square with continuity correction and its
-- p-value (1 df). Suppressed (figures null) when fewer pairs than the threshold.
create or replace table mart_survey_paired_item as
with baseline_answers as (
    select
        p.instrument,
        p.school,
        p.pupil_key,
        p.baseline_wave,
        p.endline_wave,
        a.question_key,
        a.item_code,
        a.item_text,
        a.item_order,
        a.is_positive
    from work_survey_scope_pair as p
    inner join work_survey_answer as a
        on a.school_key = p.baseline_school_key
        and a.respondent_id = p.baseline_respondent_id
        and a.instrument = p.instrument
        and a.wave = p.baseline_wave
),

endline_answers as (
    select p.instrument, p.school, p.pupil_key, a.question_key, a.is_positive
    from work_survey_scope_pair as p
    inner join work_survey_answer as a
        on a.school_key = p.endline_school_key
        and a.respondent_id = p.endline_respondent_id
        and a.instrument = p.instrument
        and a.wave = p.endline_wave
),

paired_answers as (
    select
        b.* exclude (is_positive),
        b.is_positive as baseline_positive,
        e.is_positive as endline_positive
    from baseline_answers as b
    inner join endline_answers as e
        on e.instrument = b.instrument
        and e.school is not distinct from b.school
        and e.pupil_key = b.pupil_key
        and e.question_key = b.question_key
),

counted as (
    select
        instrument,
        school,
        item_code,
        item_text,
        item_order,
        baseline_wave,
        endline_wave,
        count(*) as pairs,
        count(*) filter (where baseline_positive) as baseline_positive,
        count(*) filter (where endline_positive) as endline_positive,
        count(*) filter (where baseline_positive and not endline_positive) as b,
        count(*) filter (where not baseline_positive and endline_positive) as c
    from paired_answers
    group by all
),

flagged as (
    select *, mcnemar_chi_square(b, c) as chi_square, pairs < $suppression_threshold as suppressed
    from counted
)

select
    f.instrument,
    f.item_code,
    f.item_text,
    f.item_order,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    f.baseline_wave,
    f.endline_wave,
    'programme window' as counting_window,
    f.suppressed,
    case when not f.suppressed then f.pairs end as pairs,
    case when not f.suppressed then round(100.0 * f.baseline_positive / f.pairs, 1) end as baseline_positive_pct,
    case when not f.suppressed then round(100.0 * f.endline_positive / f.pairs, 1) end as endline_positive_pct,
    case when not f.suppressed then f.b end as became_not_positive,
    case when not f.suppressed then f.c end as became_positive,
    case when not f.suppressed then round(f.chi_square, 3) end as chi_square,
    case when not f.suppressed then round(chi_square_1df_p(f.chi_square), 4) end as p_value,
    case when not f.suppressed then chi_square_1df_p(f.chi_square) < 0.05 end as significant
from flagged as f
left join dim_school as sch on cast(sch.school_key as varchar) = f.school;

comment on table mart_survey_paired_item is 'Per survey item, linked pupils answering both baseline and endline: positive at each, how many changed each way, and McNemar''s test with continuity correction; per school and all schools; fewer pairs than the threshold suppressed.';
comment on column mart_survey_paired_item.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_paired_item.item_code is 'The item''s short code, such as belong.';
comment on column mart_survey_paired_item.item_text is 'The item''s wording.';
comment on column mart_survey_paired_item.item_order is 'The item''s position in the questionnaire.';
comment on column mart_survey_paired_item.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_paired_item.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_paired_item.baseline_wave is 'The first wave compared.';
comment on column mart_survey_paired_item.endline_wave is 'The last wave compared.';
comment on column mart_survey_paired_item.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_paired_item.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_paired_item.pairs is 'Pupils linked by UPN who answered in both waves compared.';
comment on column mart_survey_paired_item.baseline_positive_pct is 'Percentage positive in the first wave compared.';
comment on column mart_survey_paired_item.endline_positive_pct is 'Percentage positive in the last wave compared.';
comment on column mart_survey_paired_item.became_not_positive is 'Paired pupils positive in the first wave and not in the last (McNemar''s b).';
comment on column mart_survey_paired_item.became_positive is 'Paired pupils not positive in the first wave and positive in the last (McNemar''s c).';
comment on column mart_survey_paired_item.chi_square is 'McNemar''s chi-square with continuity correction.';
comment on column mart_survey_paired_item.p_value is 'Two-sided p-value of the test on the row.';
comment on column mart_survey_paired_item.significant is 'True when p_value is below 0.05.';
