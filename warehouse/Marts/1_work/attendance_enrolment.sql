-- Grain: one row per enrolment (a pupil at a school) per academic year per counting window: 'term' (each
-- term) and 'year to date' (the terms loaded so far that year), with the sessions summed over the window and
-- the pupil's characteristics as they stood when the window began (unknown when no census covers it).
create or replace table work_attendance_enrolment as
with summaries as (
    select
        f.school_key,
        f.pupil_key,
        f.period_start,
        d.academic_year,
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
        w.period_start,
        d.academic_year,
        d.term_order,
        w.possible_sessions,
        w.present_sessions + w.aea_sessions as attended_sessions,
        w.authorised_absence,
        w.unauthorised_absence
    from fact_attendance_week as w
    inner join dim_date as d on d.date_key = w.period_start
),

-- Session marks are the finer source: a pupil's summaries for a school and term count only when that pupil
-- has no marks at that school in that term, so the two sources never double count.
attendance as (
    select * from marks
    union all
    select s.*
    from summaries as s
    anti join (select distinct school_key, pupil_key, academic_year, term_order from marks) as m
        on m.school_key = s.school_key
        and m.pupil_key = s.pupil_key
        and m.academic_year = s.academic_year
        and m.term_order = s.term_order
),

-- Each enrolment's terms summed on numbers alone; the year to date sums its terms, and the labels are joined last.
terms as (
    select
        school_key,
        pupil_key,
        academic_year,
        term_order,
        min(period_start) as window_start,
        sum(possible_sessions)::bigint as possible_sessions,
        sum(attended_sessions)::bigint as attended_sessions,
        sum(authorised_absence)::bigint as authorised_absence,
        sum(unauthorised_absence)::bigint as unauthorised_absence
    from attendance
    group by school_key, pupil_key, academic_year, term_order
),

windows as (
    select *, term_order as period_order
    from terms
    union all
    select
        school_key,
        pupil_key,
        academic_year,
        null as term_order,
        min(window_start),
        sum(possible_sessions)::bigint,
        sum(attended_sessions)::bigint,
        sum(authorised_absence)::bigint,
        sum(unauthorised_absence)::bigint,
        9 as period_order
    from terms
    group by school_key, pupil_key, academic_year
),

labels as (
    select distinct academic_year, academic_year_label, term_order, term
    from dim_date
),

enrolments as (
    select
        w.school_key,
        w.pupil_key,
        w.academic_year,
        l.academic_year_label,
        if(w.term_order is null, 'year to date', 'term') as counting_window,
        if(w.term_order is null, 'Year to date', l.term) as period,
        w.period_order,
        w.window_start,
        w.possible_sessions,
        w.attended_sessions,
        w.authorised_absence,
        w.unauthorised_absence
    from windows as w
    inner join labels as l
        on l.academic_year = w.academic_year
        and l.term_order = coalesce(w.term_order, 1)
),

characterised as (
    select
        e.*,
        c.gender,
        c.sen_provision,
        c.fsm_eligible,
        c.disadvantaged,
        c.eal,
        c.ethnicity_major_group,
        c.nc_year
    from enrolments as e
    left join dim_pupil_characteristics as c
        on c.pupil_key = e.pupil_key
        and e.window_start between c.applies_from and coalesce(c.valid_to, date '9999-12-31')
    qualify row_number() over (
        partition by e.school_key, e.pupil_key, e.academic_year, e.counting_window, e.period
        order by c.school_key = e.school_key desc, c.valid_from desc
    ) = 1
)

select
    school_key,
    pupil_key,
    academic_year,
    academic_year_label,
    counting_window,
    period,
    period_order,
    possible_sessions,
    attended_sessions,
    authorised_absence,
    unauthorised_absence,
    possible_sessions > 0 and authorised_absence + unauthorised_absence >= 0.1 * possible_sessions as persistently_absent,
    possible_sessions > 0 and authorised_absence + unauthorised_absence >= 0.5 * possible_sessions as severely_absent,
    gender_group(gender) as gender,
    send_group(sen_provision) as send,
    flag_group(fsm_eligible, 'FSM', 'Not FSM') as fsm,
    flag_group(disadvantaged, 'Disadvantaged', 'Not disadvantaged') as disadvantaged,
    flag_group(eal, 'EAL', 'Not EAL') as eal,
    coalesce(ethnicity_major_group, 'Unknown') as ethnicity,
    year_group(nc_year) as year_group
from characterised;
