-- Grain: as work_attendance_group_cell. Suppressed cells (primary or secondary) keep their row with every figure null.
create or replace table mart_attendance_group as
with cells as (
    select c.* replace (s.suppressed as suppressed)
    from work_attendance_group_cell as c
    inner join work_suppression_cell as s on s.mart = 'attendance_group' and s.cell_id = c.cell_id
)

select
    s.urn,
    coalesce(s.name, 'All schools') as school_name,
    c.academic_year,
    c.academic_year_label,
    c.counting_window,
    c.period,
    c.period_order,
    grouping_name('All pupils', c.school, c.gender, c.send, c.fsm, c.disadvantaged, c.eal, c.ethnicity, c.year_group, c.trust, c.phase)
        as grouping,
    c.gender,
    c.send,
    c.fsm,
    c.disadvantaged,
    c.eal,
    c.ethnicity,
    c.year_group,
    c.trust,
    c.phase,
    c.suppressed,
    case when not c.suppressed then c.enrolments end as enrolments,
    case when not c.suppressed then round(100.0 * c.attended_sessions / c.possible_sessions, 2) end as attendance_rate,
    case when not c.suppressed
        then round(100.0 * (c.authorised_absence + c.unauthorised_absence) / c.possible_sessions, 2) end as absence_rate,
    case when not c.suppressed then round(100.0 * c.persistent_absentees / c.enrolments, 2) end as persistent_absence_rate,
    case when not c.suppressed then round(100.0 * c.severe_absentees / c.enrolments, 2) end as severe_absence_rate
from cells as c
left join dim_school as s on cast(s.school_key as varchar) = c.school;

comment on table mart_attendance_group is 'Attendance, absence, persistent and severe absence by pupil group, trust and phase and combinations of up to three of them, per school and for all schools; small cells suppressed with secondary suppression.';
