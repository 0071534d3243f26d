-- Grain: one row per school per academic-year term. Groups under the suppression threshold keep
-- their row, marked suppressed, with every figure nulled so no caller can leak them.
create or replace table mart_attendance_school_term as
with summaries as (
    select
        f.school_key,
        f.pupil_key,
        d.academic_year,
        d.academic_year_label,
        d.term,
        d.term_order,
        f.possible_sessions,
        f.present_sessions + f.aea_sessions as attended_sessions,
        f.authorised_absence,
        f.unauthorised_absence
    from fact_attendance as f
    inner join dim_date as d on d.date_key = f.period_start
),

marks as (
    select
        w.school_key,
        w.pupil_key,
        d.academic_year,
        d.academic_year_label,
        d.term,
        d.term_order,
        w.possible_sessions,
        w.present_sessions + w.aea_sessions as attended_sessions,
        w.authorised_absence,
        w.unauthorised_absence
    from fact_attendance_week as w
    inner join dim_date as d on d.date_key = w.period_start
),

-- Session marks are the finer source: a pupil's summaries for a school and term count only when that
-- pupil has no marks at that school in that term, so the two sources never double count.
attendance as (
    select * from marks
    union all
    select s.*
    from summaries as s
    where not exists (
        select 1
        from marks as m
        where m.school_key = s.school_key
            and m.pupil_key = s.pupil_key
            and m.academic_year = s.academic_year
            and m.term_order = s.term_order
    )
),

by_school_term as (
    select
        school_key,
        academic_year,
        academic_year_label,
        term,
        term_order,
        count(distinct pupil_key) as pupils,
        sum(possible_sessions) as possible_sessions,
        sum(attended_sessions) as attended_sessions,
        sum(authorised_absence) as authorised_absence,
        sum(unauthorised_absence) as unauthorised_absence
    from attendance
    group by all
),

flagged as (
    select
        *,
        pupils < $suppression_threshold as suppressed
    from by_school_term
)

select
    s.urn,
    s.name as school_name,
    f.academic_year,
    f.academic_year_label,
    f.term,
    f.term_order,
    f.suppressed,
    case when f.suppressed then null else f.pupils end as pupils,
    case when f.suppressed then null else f.possible_sessions end as possible_sessions,
    case when f.suppressed or f.possible_sessions = 0 then null
        else round(100.0 * f.attended_sessions / f.possible_sessions, 2) end as attendance_rate,
    case when f.suppressed or f.possible_sessions = 0 then null
        else round(100.0 * (f.authorised_absence + f.unauthorised_absence) / f.possible_sessions, 2) end as absence_rate
from flagged as f
inner join dim_school as s on s.school_key = f.school_key;
