-- Grain: level 'pupil': as work_belonging_attendance_cell (linked pupils grouped by belonging, per school and for
-- all schools). Level 'school': one row per school, instrument, wave and academic year, the school's mean scale
-- score over all its respondents (linked or not) beside the attendance of all its pupils that year so far.
-- Attendance rate = attended / possible sessions; persistent absence = missing at least 10% of one's own possible
-- sessions; suspension rate = suspensions per 100 pupils, one-or-more rate = pupils suspended at least once per 100.
-- Suppressed rows (primary or secondary) keep their row with every figure null.
create or replace table mart_belonging_attendance as
with pupil_level as (
    select c.* replace (s.suppressed as suppressed), case when s.suppressed then if(s.hidden_pass is null, 'small', 'complement') end as reason
    from work_belonging_attendance_cell as c
    inner join work_suppression_cell as s on s.mart = 'belonging_attendance' and s.cell_id = c.cell_id
),

school_scores as (
    select
        r.instrument,
        r.wave,
        d.academic_year,
        r.school_key,
        count(*) as respondents,
        avg(r.scale_score) as mean_score
    from work_survey_respondent as r
    inner join dim_date as d on d.date_key = r.answered_on
    where r.scale_score is not null
    group by all
),

school_attendance as (
    select
        school_key,
        academic_year,
        count(*) as enrolments,
        sum(possible_sessions) as possible_sessions,
        sum(attended_sessions) as attended_sessions,
        count(*) filter (where persistently_absent) as persistent_absentees
    from work_attendance_enrolment
    where counting_window = 'year to date'
    group by all
),

school_suspensions as (
    select f.school_key, d.academic_year, count(*) as suspensions, count(distinct f.pupil_key) as suspended_pupils
    from fact_exclusion as f
    inner join dim_date as d on d.date_key = f.start_date
    where f.category <> 'permanent'
    group by all
),

school_level as (
    select
        s.*,
        a.enrolments,
        a.possible_sessions,
        a.attended_sessions,
        a.persistent_absentees,
        coalesce(x.suspensions, 0) as suspensions,
        coalesce(x.suspended_pupils, 0) as suspended_pupils,
        s.respondents < $suppression_threshold or a.enrolments < $suppression_threshold or a.possible_sessions = 0 as suppressed
    from school_scores as s
    inner join school_attendance as a on a.school_key = s.school_key and a.academic_year = s.academic_year
    left join school_suspensions as x on x.school_key = s.school_key and x.academic_year = s.academic_year
),

combined as (
    select
        'pupil' as level,
        instrument,
        wave,
        academic_year,
        school,
        measure,
        belonging_group,
        coalesce(group_order, 0) as group_order,
        suppressed,
        reason,
        pupils as respondents,
        pupils as enrolments,
        mean_score,
        possible_sessions,
        attended_sessions,
        persistent_absentees,
        suspensions,
        suspended_pupils
    from pupil_level
    union all
    select
        'school',
        instrument,
        wave,
        academic_year,
        cast(school_key as varchar),
        'School mean score',
        'All respondents',
        0,
        suppressed,
        case when suppressed then 'small' end,
        respondents,
        enrolments,
        mean_score,
        possible_sessions,
        attended_sessions,
        persistent_absentees,
        suspensions,
        suspended_pupils
    from school_level
)

select
    r.level,
    r.instrument,
    r.wave,
    w.wave_order,
    r.academic_year,
    academic_year_label(r.academic_year) as academic_year_label,
    sch.urn,
    coalesce(sch.name, 'All schools') as school_name,
    r.measure,
    r.belonging_group,
    r.group_order,
    r.suppressed,
    r.reason as suppression_reason,
    case when not r.suppressed then r.respondents end as respondents,
    case when not r.suppressed then r.enrolments end as enrolments,
    case when not r.suppressed then round(r.mean_score, 3) end as mean_score,
    case when not r.suppressed then round(100.0 * r.attended_sessions / r.possible_sessions, 2) end as attendance_rate,
    case when not r.suppressed then round(100.0 * r.persistent_absentees / r.enrolments, 2) end as persistent_absence_rate,
    case when not r.suppressed then round(100.0 * r.suspensions / r.enrolments, 2) end as suspension_rate,
    case when not r.suppressed then round(100.0 * r.suspended_pupils / r.enrolments, 2) end as one_or_more_suspension_rate
from combined as r
inner join dim_wave as w on w.wave = r.wave
left join dim_school as sch on cast(sch.school_key as varchar) = r.school;

comment on table mart_belonging_attendance is 'Attendance, persistent absence and suspensions by belonging: linked pupils by scale score tercile and by their answer to "I feel like I belong" (level pupil), and each school''s mean scale score beside its attendance (level school); small groups suppressed with secondary suppression.';
comment on column mart_belonging_attendance.level is 'pupil: linked pupils grouped by belonging; school: each school''s mean score beside its attendance.';
comment on column mart_belonging_attendance.instrument is 'The survey instrument''s code, such as ncb-pupil.';
comment on column mart_belonging_attendance.wave is 'The survey wave: baseline, midpoint, endline or a dated round.';
comment on column mart_belonging_attendance.wave_order is 'Orders waves: baseline 1, midpoint 2, endline 3, dated rounds after.';
comment on column mart_belonging_attendance.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_belonging_attendance.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_belonging_attendance.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_belonging_attendance.school_name is 'The school''s name, or All schools.';
comment on column mart_belonging_attendance.measure is 'How pupils are grouped by belonging: Scale score tercile, or their answer to I feel like I belong.';
comment on column mart_belonging_attendance.belonging_group is 'The belonging group: a third of the scale score, Positive or Negative, or all linked pupils.';
comment on column mart_belonging_attendance.group_order is 'Orders the belonging groups.';
comment on column mart_belonging_attendance.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_belonging_attendance.suppression_reason is 'Why a hidden row is hidden: small (fewer than the threshold counted) or complement (hidden so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_belonging_attendance.respondents is 'Survey respondents counted (those who left an item blank included); null when suppressed.';
comment on column mart_belonging_attendance.enrolments is 'Pupil enrolments (a pupil at a school) counted; null when suppressed.';
comment on column mart_belonging_attendance.mean_score is 'Mean scale score (the mean of answered items after reverse coding, 1 to 4; higher is more belonging).';
comment on column mart_belonging_attendance.attendance_rate is 'Sessions attended (present or approved educational activity) per 100 possible sessions, totals over totals.';
comment on column mart_belonging_attendance.persistent_absence_rate is 'Per 100 enrolments, those missing at least 10% of their own possible sessions in the window.';
comment on column mart_belonging_attendance.suspension_rate is 'Suspensions per 100 pupils on roll.';
comment on column mart_belonging_attendance.one_or_more_suspension_rate is 'Pupils with one or more suspensions per 100 pupils.';
