-- Grain: one row per school per academic year (September to August) per counting window ('term': each term;
-- 'year to date': the terms so far that year), with suspensions, pupils with one or more suspensions, permanent
-- exclusions and behaviour incidents, each also per 100 pupils on roll (DfE: count / headcount x 100).
-- On roll: distinct pupils with an attendance enrolment at the school in the window (work_attendance_enrolment);
-- null when no attendance covers the window, and then no rate is given. Lunchtime suspensions count as suspensions.
-- Suppression: a window with fewer pupils on roll than the threshold shows no figures; a count from 1 to under the
-- threshold is withheld with its rate (0 is shown); a year-to-date count is withheld too when a term of that year
-- withheld a non-zero count of the same measure, so it cannot be recovered by subtraction.
create or replace table mart_exclusions_school as
with roll as (
    select
        school_key,
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        count(*) as pupils_on_roll
    from work_attendance_enrolment
    group by all
),

events as (
    select
        school_key,
        pupil_key,
        start_date as event_date,
        case when category = 'permanent' then 'permanent' else 'suspension' end as measure
    from fact_exclusion
    union all
    select school_key, pupil_key, incident_date, 'incident'
    from fact_behaviour_incident
),

dated_events as (
    select e.*, d.academic_year, d.academic_year_label, d.term, d.term_order
    from events as e
    inner join dim_date as d on d.date_key = e.event_date
),

event_windows as (
    select *, 'term' as counting_window, term as period, term_order as period_order
    from dated_events
    union all
    select *, 'year to date' as counting_window, 'Year to date' as period, 9 as period_order
    from dated_events
),

event_counts as (
    select
        school_key,
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        count(*) filter (where measure = 'suspension') as suspensions,
        count(distinct pupil_key) filter (where measure = 'suspension') as pupils_suspended,
        count(*) filter (where measure = 'permanent') as permanent_exclusions,
        count(*) filter (where measure = 'incident') as behaviour_incidents
    from event_windows
    group by all
),

windows as (
    select school_key, academic_year, academic_year_label, counting_window, period, period_order from roll
    union
    select school_key, academic_year, academic_year_label, counting_window, period, period_order from event_counts
),

counted as (
    select
        w.*,
        r.pupils_on_roll,
        coalesce(c.suspensions, 0) as suspensions,
        coalesce(c.pupils_suspended, 0) as pupils_suspended,
        coalesce(c.permanent_exclusions, 0) as permanent_exclusions,
        coalesce(c.behaviour_incidents, 0) as behaviour_incidents,
        coalesce(r.pupils_on_roll < $suppression_threshold, false) as small_roll
    from windows as w
    left join roll as r using (school_key, academic_year, counting_window, period)
    left join event_counts as c using (school_key, academic_year, counting_window, period)
),

primary_hidden as (
    select
        *,
        small_roll or suspensions between 1 and $suppression_threshold - 1 as hide_suspensions,
        small_roll or pupils_suspended between 1 and $suppression_threshold - 1 as hide_pupils_suspended,
        small_roll or permanent_exclusions between 1 and $suppression_threshold - 1 as hide_permanent,
        small_roll or behaviour_incidents between 1 and $suppression_threshold - 1 as hide_incidents
    from counted
),

hidden as (
    select
        h.* replace (
            h.hide_suspensions or (h.counting_window = 'year to date' and coalesce(t.suspensions, false)) as hide_suspensions,
            h.hide_pupils_suspended or (h.counting_window = 'year to date' and coalesce(t.pupils_suspended, false)) as hide_pupils_suspended,
            h.hide_permanent or (h.counting_window = 'year to date' and coalesce(t.permanent, false)) as hide_permanent,
            h.hide_incidents or (h.counting_window = 'year to date' and coalesce(t.incidents, false)) as hide_incidents
        )
    from primary_hidden as h
    left join (
        select
            school_key,
            academic_year,
            bool_or(hide_suspensions and suspensions > 0) as suspensions,
            bool_or(hide_pupils_suspended and pupils_suspended > 0) as pupils_suspended,
            bool_or(hide_permanent and permanent_exclusions > 0) as permanent,
            bool_or(hide_incidents and behaviour_incidents > 0) as incidents
        from primary_hidden
        where counting_window = 'term'
        group by all
    ) as t on t.school_key = h.school_key and t.academic_year = h.academic_year
)

select
    s.urn,
    s.name as school_name,
    h.academic_year,
    h.academic_year_label,
    h.counting_window,
    h.period,
    h.period_order,
    h.small_roll or h.hide_suspensions or h.hide_pupils_suspended or h.hide_permanent or h.hide_incidents as suppressed,
    case when not h.small_roll then h.pupils_on_roll end as pupils_on_roll,
    case when not h.hide_suspensions then h.suspensions end as suspensions,
    case when not h.hide_suspensions then round(100.0 * h.suspensions / h.pupils_on_roll, 2) end as suspension_rate,
    case when not h.hide_pupils_suspended then h.pupils_suspended end as pupils_suspended,
    case when not h.hide_pupils_suspended then round(100.0 * h.pupils_suspended / h.pupils_on_roll, 2) end as one_plus_suspension_rate,
    case when not h.hide_permanent then h.permanent_exclusions end as permanent_exclusions,
    case when not h.hide_permanent then round(100.0 * h.permanent_exclusions / h.pupils_on_roll, 2) end as permanent_exclusion_rate,
    case when not h.hide_incidents then h.behaviour_incidents end as behaviour_incidents,
    case when not h.hide_incidents then round(100.0 * h.behaviour_incidents / h.pupils_on_roll, 2) end as behaviour_incident_rate
from hidden as h
inner join dim_school as s on s.school_key = h.school_key;

comment on table mart_exclusions_school is 'Suspension, one-or-more suspension, permanent exclusion and behaviour incident counts and rates per 100 pupils on roll, per school per term and year to date; small counts suppressed.';
comment on column mart_exclusions_school.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_exclusions_school.school_name is 'The school''s name, or All schools.';
comment on column mart_exclusions_school.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_exclusions_school.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_exclusions_school.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_exclusions_school.period is 'The term (Autumn, Spring, Summer), or Year to date.';
comment on column mart_exclusions_school.period_order is 'Orders periods: 1 to 3 for the terms, 9 for year to date.';
comment on column mart_exclusions_school.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_exclusions_school.pupils_on_roll is 'Distinct pupils with attendance at the school in the window.';
comment on column mart_exclusions_school.suspensions is 'Suspensions (fixed-period and lunchtime) starting in the window.';
comment on column mart_exclusions_school.suspension_rate is 'Suspensions per 100 pupils on roll.';
comment on column mart_exclusions_school.pupils_suspended is 'Pupils with one or more suspensions in the window.';
comment on column mart_exclusions_school.one_plus_suspension_rate is 'Pupils with one or more suspensions per 100 pupils on roll.';
comment on column mart_exclusions_school.permanent_exclusions is 'Permanent exclusions in the window.';
comment on column mart_exclusions_school.permanent_exclusion_rate is 'Permanent exclusions per 100 pupils on roll.';
comment on column mart_exclusions_school.behaviour_incidents is 'Behaviour incidents recorded in the window.';
comment on column mart_exclusions_school.behaviour_incident_rate is 'Behaviour incidents per 100 pupils on roll.';
