-- Grain: one row per school per academic year per counting window ('term': each term; 'year to date': the
-- terms loaded so far that year). Persistent absence is an enrolment missing at least 10% of its own possible
-- sessions, severe absence at least 50% (DfE, exact method).
-- Schools with fewer enrolments than the threshold keep their row, marked suppressed, with every figure null.
create or replace table mart_attendance_school as
with by_school as (
    select
        school_key,
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        count(*) as enrolments,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attended_sessions)::bigint as attended_sessions,
        sum(authorised_absence)::bigint as authorised_absence,
        sum(unauthorised_absence)::bigint as unauthorised_absence,
        count(*) filter (where persistently_absent) as persistent_absentees,
        count(*) filter (where severely_absent) as severe_absentees
    from work_attendance_enrolment
    group by all
),

flagged as (
    select
        *,
        enrolments < $suppression_threshold or possible_sessions = 0 as suppressed
    from by_school
)

select
    s.urn,
    s.name as school_name,
    f.academic_year,
    f.academic_year_label,
    f.counting_window,
    f.period,
    f.period_order,
    f.suppressed,
    case when not f.suppressed then f.enrolments end as enrolments,
    case when not f.suppressed then f.possible_sessions end as possible_sessions,
    case when not f.suppressed then round(100.0 * f.attended_sessions / f.possible_sessions, 2) end as attendance_rate,
    case when not f.suppressed
        then round(100.0 * (f.authorised_absence + f.unauthorised_absence) / f.possible_sessions, 2) end as absence_rate,
    case when not f.suppressed then round(100.0 * f.authorised_absence / f.possible_sessions, 2) end as authorised_absence_rate,
    case when not f.suppressed then round(100.0 * f.unauthorised_absence / f.possible_sessions, 2) end as unauthorised_absence_rate,
    case when not f.suppressed then round(100.0 * f.persistent_absentees / f.enrolments, 2) end as persistent_absence_rate,
    case when not f.suppressed then round(100.0 * f.severe_absentees / f.enrolments, 2) end as severe_absence_rate
from flagged as f
inner join dim_school as s on s.school_key = f.school_key;

comment on table mart_attendance_school is 'Attendance, absence, persistent and severe absence per school per term and year to date (DfE definitions, totals over totals); small schools suppressed.';
