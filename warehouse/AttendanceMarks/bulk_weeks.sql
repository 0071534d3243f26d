-- Grain: one row per school in a file loaded in bulk, with the dates its export covers.
create temp table load_mark_range as
select s.school_key, min(b.first_date) as first_date, max(b.last_date) as last_date
from bulk_mark_school as b
inner join dim_school as s on s.urn = b.school_urn
group by s.school_key;

-- Grain: one row per pupil per school per week per academic year of a file loaded in bulk, with its sessions counted
-- by category and each session's mark key. The first and last marked sessions give the period.
create temp table load_week_marks as
select
    s.school_key,
    p.pupil_key,
    w.week_start,
    w.academic_year,
    w.week_start + (floor(log2(w.marked::integer & -w.marked::integer))::integer // 2) as period_start,
    w.week_start + (floor(log2(w.marked::integer))::integer // 2) as period_end,
    w.session_counts & 15 as possible_sessions,
    (w.session_counts >> 4) & 15 as present_sessions,
    (w.session_counts >> 8) & 15 as aea_sessions,
    (w.session_counts >> 12) & 15 as authorised_absence,
    (w.session_counts >> 16) & 15 as unauthorised_absence,
    (w.session_counts >> 20) & 15 as not_counted_sessions,
    w.first_sessions,
    w.last_sessions
from bulk_mark_week as w
inner join dim_school as s on s.urn = w.school_urn
inner join stg_attendance_mark_pupil as sp on sp.import_id = $import_id and sp.pupil_no = w.pupil_no
inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash;

drop table bulk_mark_week;

drop table bulk_mark_school;

drop table load_mark;
