-- Grain: one row per area (a school; a trust, urn null and trust set; a phase across trusts, urn and trust null and
-- phase set; all schools, urn, trust and phase null) per academic
-- year per counting window ('term': each term; 'year to date': the terms loaded so far that year); an area's figures
-- are its schools' enrolments summed (totals over totals). Persistent absence is an enrolment missing at least 10%
-- of its own possible sessions, severe absence at least 50% (DfE, exact method).
-- A row's enrolments are mart_attendance_group's cell for the same area with no pupil group, so the row is hidden
-- exactly when that cell is (fewer enrolments than the threshold, or a complement there), keeping its row, marked
-- suppressed, with every figure null: the rows across schools are protected by the group mart's sets.
create or replace table mart_attendance_school as
with schools as (
    select school_key, coalesce(trust, 'No trust') as trust, school_phase(phase) as phase
    from dim_school
),

by_school as (
    select
        cast(e.school_key as varchar) as school,
        s.trust,
        s.phase,
        e.academic_year,
        e.academic_year_label,
        e.counting_window,
        e.period,
        e.period_order,
        count(*) as enrolments,
        sum(e.possible_sessions)::bigint as possible_sessions,
        sum(e.attended_sessions)::bigint as attended_sessions,
        sum(e.authorised_absence)::bigint as authorised_absence,
        sum(e.unauthorised_absence)::bigint as unauthorised_absence,
        count(*) filter (where e.persistently_absent) as persistent_absentees,
        count(*) filter (where e.severely_absent) as severe_absentees,
        sum(e.attended_sessions::double * e.attended_sessions) as sum_attended_squared,
        sum(e.attended_sessions::double * e.possible_sessions) as sum_attended_by_possible,
        sum(e.possible_sessions::double * e.possible_sessions) as sum_possible_squared
    from work_attendance_enrolment as e
    inner join schools as s on s.school_key = e.school_key
    group by all
),

areas as (
    select * from by_school
    union all
    select
        null,
        trust,
        phase,
        academic_year,
        academic_year_label,
        counting_window,
        period,
        period_order,
        sum(enrolments)::bigint,
        sum(possible_sessions)::bigint,
        sum(attended_sessions)::bigint,
        sum(authorised_absence)::bigint,
        sum(unauthorised_absence)::bigint,
        sum(persistent_absentees)::bigint,
        sum(severe_absentees)::bigint,
        sum(sum_attended_squared),
        sum(sum_attended_by_possible),
        sum(sum_possible_squared)
    from by_school
    group by grouping sets (
        (academic_year, academic_year_label, counting_window, period, period_order),
        (academic_year, academic_year_label, counting_window, period, period_order, trust),
        (academic_year, academic_year_label, counting_window, period, period_order, phase)
    )
),

-- The area's cell in mart_attendance_group with no pupil group (a school's carries its own trust and phase; one
-- across schools is for all schools, a trust or a phase, never both).
group_cell as (
    select
        c.school,
        c.trust,
        c.phase,
        c.academic_year,
        c.counting_window,
        c.period,
        s.suppressed,
        s.hidden_pass
    from work_attendance_group_cell as c
    inner join work_suppression_cell as s on s.mart = 'attendance_group' and s.cell_id = c.cell_id
    where c.gender is null and c.send is null and c.fsm is null and c.disadvantaged is null
        and c.eal is null and c.ethnicity is null and c.year_group is null
),

flagged as (
    select
        b.*,
        coalesce(g.suppressed, b.enrolments < $suppression_threshold or b.possible_sessions = 0) as suppressed,
        case
            when g.suppressed then if(g.hidden_pass is null, 'small', 'complement')
            when b.enrolments < $suppression_threshold or b.possible_sessions = 0 then 'small'
        end as suppression_reason
    from areas as b
    left join group_cell as g
        on g.school is not distinct from b.school
        and (b.school is not null or (g.trust is not distinct from b.trust and g.phase is not distinct from b.phase))
        and g.academic_year = b.academic_year
        and g.counting_window = b.counting_window
        and g.period = b.period
)

select
    s.urn,
    coalesce(s.name, f.trust, if(f.phase is null, 'All schools', 'All ' || lower(f.phase) || ' schools')) as school_name,
    f.trust,
    f.phase,
    f.academic_year,
    f.academic_year_label,
    f.counting_window,
    f.period,
    f.period_order,
    f.suppressed,
    f.suppression_reason,
    case when not f.suppressed then f.enrolments end as enrolments,
    case when not f.suppressed then f.possible_sessions end as possible_sessions,
    case when not f.suppressed then round(100.0 * f.attended_sessions / f.possible_sessions, 2) end as attendance_rate,
    case when not f.suppressed
        then round(100.0 * (f.authorised_absence + f.unauthorised_absence) / f.possible_sessions, 2) end as absence_rate,
    case when not f.suppressed then round(100.0 * f.authorised_absence / f.possible_sessions, 2) end as authorised_absence_rate,
    case when not f.suppressed then round(100.0 * f.unauthorised_absence / f.possible_sessions, 2) end as unauthorised_absence_rate,
    case when not f.suppressed then round(100.0 * f.persistent_absentees / f.enrolments, 2) end as persistent_absence_rate,
    case when not f.suppressed then round(100.0 * f.severe_absentees / f.enrolments, 2) end as severe_absence_rate,
    case when not f.suppressed then f.attended_sessions end as attended_sessions,
    case when not f.suppressed then f.sum_attended_squared end as sum_attended_squared,
    case when not f.suppressed then f.sum_attended_by_possible end as sum_attended_by_possible,
    case when not f.suppressed then f.sum_possible_squared end as sum_possible_squared
from flagged as f
left join dim_school as s on cast(s.school_key as varchar) = f.school;

comment on table mart_attendance_school is 'Attendance, absence, persistent and severe absence per school, per trust, per phase and for all schools, per term and year to date (DfE definitions, totals over totals); suppressed as mart_attendance_group suppresses the same enrolments.';
comment on column mart_attendance_school.urn is 'The school''s URN; null on a row for all schools (or a trust, or a phase).';
comment on column mart_attendance_school.school_name is 'The school''s name, the trust''s name on a trust''s row, All primary schools (and so on) on a phase''s, or All schools.';
comment on column mart_attendance_school.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to; null on the row for all schools or a phase.';
comment on column mart_attendance_school.phase is 'On a school''s row, its phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown); on a phase''s row, that phase; null on a row for all schools or a trust.';
comment on column mart_attendance_school.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_attendance_school.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_attendance_school.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_attendance_school.period is 'The term (Autumn, Spring, Summer), or Year to date.';
comment on column mart_attendance_school.period_order is 'Orders periods: 1 to 3 for the terms, 9 for year to date.';
comment on column mart_attendance_school.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_attendance_school.suppression_reason is 'Why a hidden row is hidden: small (fewer than the threshold counted) or complement (hidden in mart_attendance_group so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_attendance_school.enrolments is 'Pupil enrolments (a pupil at a school) counted; null when suppressed.';
comment on column mart_attendance_school.possible_sessions is 'Possible sessions (half days) summed over the enrolments.';
comment on column mart_attendance_school.attendance_rate is 'Sessions attended (present or approved educational activity) per 100 possible sessions, totals over totals.';
comment on column mart_attendance_school.absence_rate is 'Overall absence: authorised plus unauthorised absence per 100 possible sessions.';
comment on column mart_attendance_school.authorised_absence_rate is 'Authorised absence per 100 possible sessions.';
comment on column mart_attendance_school.unauthorised_absence_rate is 'Unauthorised absence per 100 possible sessions.';
comment on column mart_attendance_school.persistent_absence_rate is 'Per 100 enrolments, those missing at least 10% of their own possible sessions in the window.';
comment on column mart_attendance_school.severe_absence_rate is 'Per 100 enrolments, those missing at least 50% of their own possible sessions in the window.';
comment on column mart_attendance_school.attended_sessions is 'Sessions attended (present or approved educational activity) summed over the enrolments.';
comment on column mart_attendance_school.sum_attended_squared is 'For intervals: each enrolment''s attended sessions squared, summed; with the next two it gives the attendance rate''s standard error over several schools.';
comment on column mart_attendance_school.sum_attended_by_possible is 'For intervals: each enrolment''s attended sessions times its possible sessions, summed.';
comment on column mart_attendance_school.sum_possible_squared is 'For intervals: each enrolment''s possible sessions squared, summed.';
