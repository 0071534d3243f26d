-- Grain: one row per instrument and school (or all schools) with two or more waves: respondents at baseline (the
-- first wave) and endline (the last), how many of them were linked to a pupil, how many linked pupils answered
-- both, and the share of linked baseline pupils retained. Suppressed (figures null) when either wave has fewer
-- respondents than the threshold, or when fewer pupils than the threshold (but some) answered both.
create or replace table mart_survey_attrition as
with counts as (
    select
        instrument,
        school,
        any_value(wave) filter (where is_baseline) as baseline_wave,
        any_value(wave) filter (where not is_baseline) as endline_wave,
        count(*) filter (where is_baseline) as baseline_respondents,
        count(pupil_key) filter (where is_baseline) as baseline_linked,
        count(*) filter (where not is_baseline) as endline_respondents,
        count(pupil_key) filter (where not is_baseline) as endline_linked
    from work_survey_scope
    group by instrument, school
),

both_waves as (
    select instrument, school, count(*) as in_both
    from work_survey_scope_pair
    group by instrument, school
),

flagged as (
    select
        c.*,
        coalesce(b.in_both, 0) as in_both,
        c.baseline_respondents < $suppression_threshold
            or c.endline_respondents < $suppression_threshold
            or coalesce(b.in_both, 0) between 1 and $suppression_threshold - 1 as suppressed
    from counts as c
    left join both_waves as b on b.instrument = c.instrument and b.school is not distinct from c.school
)

select
    f.instrument,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    f.baseline_wave,
    f.endline_wave,
    'programme window' as counting_window,
    f.suppressed,
    case when not f.suppressed then f.baseline_respondents end as baseline_respondents,
    case when not f.suppressed then f.baseline_linked end as baseline_linked,
    case when not f.suppressed then f.endline_respondents end as endline_respondents,
    case when not f.suppressed then f.endline_linked end as endline_linked,
    case when not f.suppressed then f.in_both end as in_both,
    case when not f.suppressed and f.baseline_linked > 0 then round(100.0 * f.in_both / f.baseline_linked, 1) end as retained_pct
from flagged as f
left join dim_school as sch on cast(sch.school_key as varchar) = f.school;

comment on table mart_survey_attrition is 'Survey attrition per instrument, per school and for all schools: respondents at baseline and endline, linked pupils answering both, and the share of linked baseline pupils retained; small counts suppressed.';
comment on column mart_survey_attrition.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_attrition.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_attrition.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_attrition.baseline_wave is 'The first wave compared.';
comment on column mart_survey_attrition.endline_wave is 'The last wave compared.';
comment on column mart_survey_attrition.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_attrition.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_attrition.baseline_respondents is 'Respondents in the first wave compared.';
comment on column mart_survey_attrition.baseline_linked is 'Respondents linked to a pupil by UPN in the first wave.';
comment on column mart_survey_attrition.endline_respondents is 'Respondents in the last wave compared.';
comment on column mart_survey_attrition.endline_linked is 'Respondents linked to a pupil by UPN in the last wave.';
comment on column mart_survey_attrition.in_both is 'Linked pupils who answered in both waves.';
comment on column mart_survey_attrition.retained_pct is 'Linked first-wave pupils who answered again, per 100.';
