-- Grain: one row per enrolment (a pupil at a school) per academic year per counting window: 'term' (each
-- term) and 'year to date' (the terms loaded so far that year), with the sessions summed over the window and
-- the pupil's characteristics as they stood when the window began (unknown when no census covers it).
create or replace table work_attendance_enrolment as
-- Each source is summed to its enrolments' terms on numbers alone, and a pupil's summaries for a school and term
-- count only when that pupil has no marks at that school in that term (session marks are the finer source), so
-- the two sources never double count; the year to date sums its terms. Characteristics and labels are joined
-- last: each text column written per row costs more than the sums.
with mark_terms as (
    select
        w.school_key,
        w.pupil_key,
        d.academic_year,
        d.term_order,
        min(w.period_start) as window_start,
        sum(w.possible_sessions)::bigint as possible_sessions,
        sum(w.present_sessions + w.aea_sessions)::bigint as attended_sessions,
        sum(w.authorised_absence)::bigint as authorised_absence,
        sum(w.unauthorised_absence)::bigint as unauthorised_absence
    from fact_attendance_week as w
    inner join dim_date as d on d.date_key = w.period_start
    group by w.school_key, w.pupil_key, d.academic_year, d.term_order
),

summary_terms as (
    select
        f.school_key,
        f.pupil_key,
        d.academic_year,
        d.term_order,
        min(f.period_start) as window_start,
        sum(f.possible_sessions)::bigint as possible_sessions,
        sum(f.present_sessions + f.aea_sessions)::bigint as attended_sessions,
        sum(f.authorised_absence)::bigint as authorised_absence,
        sum(f.unauthorised_absence)::bigint as unauthorised_absence
    from fact_attendance as f
    inner join dim_date as d on d.date_key = f.period_start
    group by f.school_key, f.pupil_key, d.academic_year, d.term_order
),

terms as (
    select * from mark_terms
    union all
    select s.*
    from summary_terms as s
    anti join mark_terms as m
        on m.school_key = s.school_key
        and m.pupil_key = s.pupil_key
        and m.academic_year = s.academic_year
        and m.term_order = s.term_order
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

characterised as (
    select
        w.*,
        c.gender,
        c.sen_provision,
        c.fsm_eligible,
        c.disadvantaged,
        c.eal,
        c.ethnicity_major_group,
        c.nc_year
    from windows as w
    left join dim_pupil_characteristics as c
        on c.pupil_key = w.pupil_key
        and w.window_start between c.applies_from and coalesce(c.valid_to, date '9999-12-31')
    qualify row_number() over (
        partition by w.school_key, w.pupil_key, w.academic_year, w.period_order
        order by c.school_key = w.school_key desc, c.valid_from desc
    ) = 1
),

labels as (
    select distinct academic_year, academic_year_label, term_order, term
    from dim_date
),

labelled as (
    select
        c.school_key,
        c.pupil_key,
        c.academic_year,
        l.academic_year_label,
        if(c.term_order is null, 'year to date', 'term') as counting_window,
        if(c.term_order is null, 'Year to date', l.term) as period,
        c.period_order,
        c.possible_sessions,
        c.attended_sessions,
        c.authorised_absence,
        c.unauthorised_absence,
        c.gender,
        c.sen_provision,
        c.fsm_eligible,
        c.disadvantaged,
        c.eal,
        c.ethnicity_major_group,
        c.nc_year
    from characterised as c
    inner join labels as l
        on l.academic_year = c.academic_year
        and l.term_order = coalesce(c.term_order, 1)
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
from labelled;
