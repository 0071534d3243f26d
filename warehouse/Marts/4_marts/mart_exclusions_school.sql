-- Grain: one row per area (a school; all schools, urn and trust null; a trust, urn null and trust set, for the year
-- to date only) per academic year (September to August) per counting window ('term': each term; 'year to date': the
-- terms so far that year),
-- with suspensions, pupils with one or more suspensions, permanent exclusions and behaviour incidents, each also per
-- 100 pupils on roll (DfE: count / headcount x 100), from work_exclusions_cell, whose counts 3_suppression protects
-- (small, and complements so a small count cannot be worked out from the others, a trust's or all schools', or the
-- year less the other terms). On roll: pupils with an attendance enrolment in the area in the window, summed over its
-- schools; null when no attendance covers the window, and then no rate is given. The same count is
-- mart_attendance_school's enrolments (mart_attendance_group's cell for the area with no pupil group), so it is
-- hidden exactly when that row is (small, or a complement there). A rate is shown only when its count and the roll
-- are. Each hidden count carries its reason (small, complement) in <count>_reason.
create or replace table mart_exclusions_school as
with cells as (
    select c.*, if(s.suppressed, if(s.hidden_pass is null, 'small', 'complement'), null) as reason
    from work_exclusions_cell as c
    inner join work_suppression_cell as s on s.mart = 'exclusions' and s.cell_id = c.cell_id
),

areas as (
    select
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        school,
        trust,
        max(phase) as phase,
        max(pupils_on_roll) as pupils_on_roll,
        max(n) filter (where measure = 'suspensions') as suspensions,
        max(reason) filter (where measure = 'suspensions') as suspensions_reason,
        max(n) filter (where measure = 'pupils_suspended') as pupils_suspended,
        max(reason) filter (where measure = 'pupils_suspended') as pupils_suspended_reason,
        max(n) filter (where measure = 'permanent_exclusions') as permanent_exclusions,
        max(reason) filter (where measure = 'permanent_exclusions') as permanent_exclusions_reason,
        max(n) filter (where measure = 'behaviour_incidents') as behaviour_incidents,
        max(reason) filter (where measure = 'behaviour_incidents') as behaviour_incidents_reason
    from cells
    group by academic_year, academic_year_label, counting_window, period, period_order, school, trust
),

-- The roll is hidden as mart_attendance_school hides the same area's enrolments (as mart_attendance_group's cell with
-- no pupil group; its row for all schools or the trust, not a phase's), built before this script in the same refresh.
flagged as (
    select a.*, s.urn, s.name, r.suppression_reason as pupils_on_roll_reason
    from areas as a
    left join dim_school as s on cast(s.school_key as varchar) = a.school
    left join mart_attendance_school as r
        on r.urn is not distinct from s.urn
        and (a.school is not null or (r.trust is not distinct from a.trust and r.phase is null))
        and r.academic_year = a.academic_year
        and r.counting_window = a.counting_window
        and r.period = a.period
)

select
    f.urn,
    coalesce(f.name, f.trust, 'All schools') as school_name,
    f.trust,
    f.phase,
    f.academic_year,
    f.academic_year_label,
    f.counting_window,
    f.period,
    f.period_order,
    coalesce(f.pupils_on_roll_reason, f.suspensions_reason, f.pupils_suspended_reason, f.permanent_exclusions_reason,
        f.behaviour_incidents_reason) is not null as suppressed,
    case when f.pupils_on_roll_reason is null then f.pupils_on_roll end as pupils_on_roll,
    f.pupils_on_roll_reason,
    case when f.suspensions_reason is null then f.suspensions end as suspensions,
    f.suspensions_reason,
    case when f.suspensions_reason is null and f.pupils_on_roll_reason is null
        then round(100.0 * f.suspensions / f.pupils_on_roll, 2) end as suspension_rate,
    case when f.pupils_suspended_reason is null then f.pupils_suspended end as pupils_suspended,
    f.pupils_suspended_reason,
    case when f.pupils_suspended_reason is null and f.pupils_on_roll_reason is null
        then round(100.0 * f.pupils_suspended / f.pupils_on_roll, 2) end as one_plus_suspension_rate,
    case when f.permanent_exclusions_reason is null then f.permanent_exclusions end as permanent_exclusions,
    f.permanent_exclusions_reason,
    case when f.permanent_exclusions_reason is null and f.pupils_on_roll_reason is null
        then round(100.0 * f.permanent_exclusions / f.pupils_on_roll, 2) end as permanent_exclusion_rate,
    case when f.behaviour_incidents_reason is null then f.behaviour_incidents end as behaviour_incidents,
    f.behaviour_incidents_reason,
    case when f.behaviour_incidents_reason is null and f.pupils_on_roll_reason is null
        then round(100.0 * f.behaviour_incidents / f.pupils_on_roll, 2) end as behaviour_incident_rate
from flagged as f;

comment on table mart_exclusions_school is 'Suspension, one-or-more suspension, permanent exclusion and behaviour incident counts and rates per 100 pupils on roll, per school and for all schools, per term and year to date, and per trust for the year to date; small counts suppressed with secondary suppression.';
comment on column mart_exclusions_school.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_exclusions_school.school_name is 'The school''s name, the trust''s name on a trust''s row, or All schools.';
comment on column mart_exclusions_school.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to; null on the row for all schools.';
comment on column mart_exclusions_school.phase is 'On a school''s row, its phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown); null on a row across schools.';
comment on column mart_exclusions_school.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_exclusions_school.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_exclusions_school.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_exclusions_school.period is 'The term (Autumn, Spring, Summer), or Year to date.';
comment on column mart_exclusions_school.period_order is 'Orders periods: 1 to 3 for the terms, 9 for year to date.';
comment on column mart_exclusions_school.suppressed is 'True when any of the row''s figures is hidden: under the suppression threshold, or hiding it protects a smaller one (each count''s reason says which). Hidden figures are null, never zero.';
comment on column mart_exclusions_school.pupils_on_roll is 'Distinct pupils with attendance at the school in the window, summed over the schools on a row across schools; hidden as mart_attendance_group hides the same count.';
comment on column mart_exclusions_school.pupils_on_roll_reason is 'Why pupils_on_roll is hidden: small (fewer than the threshold) or complement (hidden so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_exclusions_school.suspensions_reason is 'Why suspensions is hidden: small (from 1 to under the threshold, or fewer pupils on roll than the threshold) or complement; null when shown.';
comment on column mart_exclusions_school.pupils_suspended_reason is 'Why pupils_suspended is hidden: small or complement; null when shown.';
comment on column mart_exclusions_school.permanent_exclusions_reason is 'Why permanent_exclusions is hidden: small or complement; null when shown.';
comment on column mart_exclusions_school.behaviour_incidents_reason is 'Why behaviour_incidents is hidden: small or complement; null when shown.';
comment on column mart_exclusions_school.suspensions is 'Suspensions (fixed-period and lunchtime) starting in the window.';
comment on column mart_exclusions_school.suspension_rate is 'Suspensions per 100 pupils on roll.';
comment on column mart_exclusions_school.pupils_suspended is 'Pupils with one or more suspensions in the window.';
comment on column mart_exclusions_school.one_plus_suspension_rate is 'Pupils with one or more suspensions per 100 pupils on roll.';
comment on column mart_exclusions_school.permanent_exclusions is 'Permanent exclusions in the window.';
comment on column mart_exclusions_school.permanent_exclusion_rate is 'Permanent exclusions per 100 pupils on roll.';
comment on column mart_exclusions_school.behaviour_incidents is 'Behaviour incidents recorded in the window.';
comment on column mart_exclusions_school.behaviour_incident_rate is 'Behaviour incidents per 100 pupils on roll.';
