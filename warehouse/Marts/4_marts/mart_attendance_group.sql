-- Grain: as work_attendance_group_cell. Suppressed cells (primary or secondary) keep their row with every figure null.
create or replace table mart_attendance_group as
with cells as (
    select c.* replace (s.suppressed as suppressed), s.hidden_pass
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
    case when c.suppressed then if(c.hidden_pass is null, 'small', 'complement') end as suppression_reason,
    case when not c.suppressed then c.enrolments end as enrolments,
    case when not c.suppressed then round(100.0 * c.attended_sessions / c.possible_sessions, 2) end as attendance_rate,
    case when not c.suppressed
        then round(100.0 * (c.authorised_absence + c.unauthorised_absence) / c.possible_sessions, 2) end as absence_rate,
    case when not c.suppressed then round(100.0 * c.persistent_absentees / c.enrolments, 2) end as persistent_absence_rate,
    case when not c.suppressed then round(100.0 * c.severe_absentees / c.enrolments, 2) end as severe_absence_rate
from cells as c
left join dim_school as s on cast(s.school_key as varchar) = c.school;

comment on table mart_attendance_group is 'Attendance, absence, persistent and severe absence by pupil group, trust and phase and combinations of two of them across schools (two pupil groups within a school); small cells suppressed with secondary suppression.';
comment on column mart_attendance_group.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_attendance_group.school_name is 'The school''s name, or All schools.';
comment on column mart_attendance_group.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_attendance_group.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_attendance_group.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_attendance_group.period is 'The term (Autumn, Spring, Summer), or Year to date.';
comment on column mart_attendance_group.period_order is 'Orders periods: 1 to 3 for the terms, 9 for year to date.';
comment on column mart_attendance_group.grouping is 'Which groups the row breaks down by (All pupils, Gender, Gender × SEND...).';
comment on column mart_attendance_group.gender is 'Male, Female or Unknown; null means all.';
comment on column mart_attendance_group.send is 'SEND (SEN support or EHC plan), No SEND or Unknown; null means all.';
comment on column mart_attendance_group.fsm is 'FSM (eligible for free school meals), Not FSM or Unknown; null means all.';
comment on column mart_attendance_group.disadvantaged is 'Disadvantaged (FSM in the last six years or otherwise pupil premium), Not disadvantaged or Unknown; null means all.';
comment on column mart_attendance_group.eal is 'EAL (English as an additional language), Not EAL or Unknown; null means all.';
comment on column mart_attendance_group.ethnicity is 'DfE major ethnic group, or Unknown; null means all.';
comment on column mart_attendance_group.year_group is 'National curriculum year (Year 7, R...), or Unknown; null means all.';
comment on column mart_attendance_group.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to.';
comment on column mart_attendance_group.phase is 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.';
comment on column mart_attendance_group.suppressed is 'True when the row''s figures are hidden: its group is under the suppression threshold, or hiding it protects a smaller one. Hidden figures are null, never zero.';
comment on column mart_attendance_group.suppression_reason is 'Why a hidden row is hidden: small (fewer than the threshold counted) or complement (hidden so a smaller group beside it cannot be worked out); null when shown.';
comment on column mart_attendance_group.enrolments is 'Pupil enrolments (a pupil at a school) counted; null when suppressed.';
comment on column mart_attendance_group.attendance_rate is 'Sessions attended (present or approved educational activity) per 100 possible sessions, totals over totals.';
comment on column mart_attendance_group.absence_rate is 'Overall absence: authorised plus unauthorised absence per 100 possible sessions.';
comment on column mart_attendance_group.persistent_absence_rate is 'Per 100 enrolments, those missing at least 10% of their own possible sessions in the window.';
comment on column mart_attendance_group.severe_absence_rate is 'Per 100 enrolments, those missing at least 50% of their own possible sessions in the window.';
