-- Grain: one row per instrument and school (or all schools), over the linked pupils with a scale score at both
-- baseline and endline: mean scores, the mean of the differences (endline minus baseline), their standard deviation,
-- and the effect size d_z = mean difference / SD of the differences. Suppressed (figures null) when fewer pairs than
-- the threshold.
create or replace table mart_survey_paired_scale as
with counted as (
    select
        instrument,
        school,
        baseline_wave,
        endline_wave,
        count(*) as pairs,
        avg(baseline_score) as baseline_mean,
        avg(endline_score) as endline_mean,
        avg(endline_score - baseline_score) as mean_difference,
        stddev_samp(endline_score - baseline_score) as sd_difference
    from work_survey_scope_pair
    where baseline_score is not null and endline_score is not null
    group by all
),

flagged as (
    select *, pairs < $suppression_threshold as suppressed
    from counted
)

select
    f.instrument,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    f.baseline_wave,
    f.endline_wave,
    'programme window' as counting_window,
    f.suppressed,
    case when not f.suppressed then f.pairs end as pairs,
    case when not f.suppressed then round(f.baseline_mean, 3) end as baseline_mean,
    case when not f.suppressed then round(f.endline_mean, 3) end as endline_mean,
    case when not f.suppressed then round(f.mean_difference, 3) end as mean_difference,
    case when not f.suppressed then round(f.sd_difference, 3) end as sd_difference,
    case when not f.suppressed and f.sd_difference > 0 then round(f.mean_difference / f.sd_difference, 3) end as effect_size_dz
from flagged as f
left join dim_school as sch on cast(sch.school_key as varchar) = f.school;

comment on table mart_survey_paired_scale is 'Scale score change for linked pupils with a score at both baseline and endline: mean difference, SD of differences and Cohen''s d_z; per school and all schools; fewer pairs than the threshold suppressed.';
comment on column mart_survey_paired_scale.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_survey_paired_scale.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_survey_paired_scale.school_name is 'The school''s name, or All schools.';
comment on column mart_survey_paired_scale.baseline_wave is 'The first wave compared.';
comment on column mart_survey_paired_scale.endline_wave is 'The last wave compared.';
comment on column mart_survey_paired_scale.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_survey_paired_scale.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_survey_paired_scale.pairs is 'Pupils linked by UPN who answered in both waves compared.';
comment on column mart_survey_paired_scale.baseline_mean is 'Paired pupils'' mean scale score in the first wave.';
comment on column mart_survey_paired_scale.endline_mean is 'Paired pupils'' mean scale score in the last wave.';
comment on column mart_survey_paired_scale.mean_difference is 'Mean of each paired pupil''s last-wave score less first-wave score.';
comment on column mart_survey_paired_scale.sd_difference is 'Standard deviation of the paired differences.';
comment on column mart_survey_paired_scale.effect_size_dz is 'Cohen''s d_z: mean_difference divided by sd_difference.';
