-- Grain: one row per school in a file loaded in bulk, with the dates its export covers.
create temp table load_mark_range as
select s.school_key, min(b.first_date) as first_date, max(b.last_date) as last_date
from bulk_mark_school as b
inner join dim_school as s on s.urn = b.school_urn
group by s.school_key;

-- Grain: one row per pupil per school per week per academic year of a file loaded in bulk, with its sessions counted
-- by category and each session's DfE code and raw mark. The scan gives a pupil's week once per slice of the file
-- (and once per spelling of a UPN or URN), so the parts are combined here, their sessions and counts added up; a week
-- whose parts share a session has a session marked twice. The first and last marked sessions give the period.
create temp table load_week_marks as
with weeks as (
    select
        pupil_no,
        school_urn,
        week_start,
        academic_year,
        bit_or(first_sessions) as first_sessions,
        bit_or(last_sessions) as last_sessions,
        bit_or(marked)::integer as sessions_marked,
        sum(session_counts)::integer as session_counts,
        sum(bit_count(marked)) > bit_count(bit_or(marked)) as repeated
    from bulk_mark_week
    group by all
),

marks as (
    select
        list(attendance_code_key order by mark_no) as codes,
        list(raw_mark order by mark_no) as raws
    from bulk_mark
),

numbered as (
    select
        *,
        list_transform(
            range(14),
            i -> ((if(i < 7, first_sessions, last_sessions) >> (8 * (i % 7))::ubigint) & 255::ubigint)::integer
        ) as mark_nos
    from weeks
)

select
    s.school_key,
    p.pupil_key,
    n.week_start,
    n.academic_year,
    n.week_start + (floor(log2(n.sessions_marked & -n.sessions_marked))::integer // 2) as period_start,
    n.week_start + (floor(log2(n.sessions_marked))::integer // 2) as period_end,
    n.session_counts & 15 as possible_sessions,
    (n.session_counts >> 4) & 15 as present_sessions,
    (n.session_counts >> 8) & 15 as aea_sessions,
    (n.session_counts >> 12) & 15 as authorised_absence,
    (n.session_counts >> 16) & 15 as unauthorised_absence,
    (n.session_counts >> 20) & 15 as not_counted_sessions,
    list_transform(n.mark_nos, m -> if(m = 0, null, marks.codes[m])) as session_codes,
    list_transform(n.mark_nos, m -> if(m = 0, null, marks.raws[m])) as raw_marks,
    n.repeated
from numbered as n
cross join marks
inner join dim_school as s on s.urn = n.school_urn
inner join stg_attendance_mark_pupil as sp on sp.import_id = $import_id and sp.pupil_no = n.pupil_no
inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash;
