-- Grain: one row per school in a file read row by row, with the dates its export covers.
create temp table load_mark_range as
with school_dates as (
    select school_urn, min(session_date) as first_date, max(session_date) as last_date
    from stg_attendance_mark
    where import_id = $import_id
    group by school_urn
)

select s.school_key, min(r.first_date) as first_date, max(r.last_date) as last_date
from school_dates as r
inner join dim_school as s on s.urn = r.school_urn
group by s.school_key;

-- Grain: one row per pupil per school per week per academic year of a file read row by row, with its sessions
-- counted by category and each session's mark key (Monday AM to Sunday PM, eight bits each, seven to a number).
-- Sessions marked twice were held back when staged, so no two marks share a session's bits.
-- The marks are first grouped on their own staged columns, joined to nothing: joining every mark to the dimensions
-- before grouping ran out of memory at limits the bulk path loads the same file under (docs/operations.md). The
-- groups (each raw mark of a pupil's week) are far fewer rows, and only they meet the dimensions. They are grouped by
-- week and academic year as dim_date defines them, and the stored ones are read from dim_date, so a week whose dates
-- dim_date does not hold is left out, as when every mark joined it. The schools' dates above are grouped before they
-- meet dim_school for the same reason.
create temp table load_week_marks as
with staged as (
    select
        school_urn,
        pupil_no,
        session_date,
        raw_mark,
        attendance_code_key,
        cast(date_trunc('week', session_date) as date) as week_start,
        case when month(session_date) >= 9 then year(session_date) else year(session_date) - 1 end as academic_year,
        (isodow(session_date) - 1) * 2 + (session = 'PM')::integer as session_no
    from stg_attendance_mark
    where import_id = $import_id
),

-- Grain: one row per raw mark of a pupil's week, with the sessions it marks (bit 0 Monday AM to bit 13 Sunday PM).
week_marks as (
    select
        school_urn,
        pupil_no,
        week_start,
        academic_year,
        raw_mark,
        attendance_code_key,
        min(session_date) as period_start,
        max(session_date) as period_end,
        bit_or(1::ubigint << session_no::ubigint) as sessions
    from staged
    group by school_urn, pupil_no, week_start, academic_year, raw_mark, attendance_code_key
),

-- Each raw mark of a week with its code's category, and its key placed in the byte of each session it marks.
keyed as (
    select
        w.school_urn,
        w.pupil_no,
        w.week_start,
        w.academic_year,
        w.period_start,
        w.period_end,
        bit_count(w.sessions) as marked_sessions,
        c.category,
        c.counted,
        list_sum(list_transform(
            range(7),
            i -> if((w.sessions >> i::ubigint) & 1 = 1, m.attendance_mark_key::ubigint << (8 * i)::ubigint, 0)
        ))::ubigint as first_sessions,
        list_sum(list_transform(
            range(7),
            i -> if((w.sessions >> (i + 7)::ubigint) & 1 = 1, m.attendance_mark_key::ubigint << (8 * i)::ubigint, 0)
        ))::ubigint as last_sessions
    from week_marks as w
    inner join dim_attendance_mark as m using (raw_mark, attendance_code_key)
    inner join dim_attendance_code as c on c.attendance_code_key = w.attendance_code_key
),

weeks as (
    select
        school_urn,
        pupil_no,
        week_start,
        academic_year,
        min(period_start) as period_start,
        max(period_end) as period_end,
        coalesce(sum(marked_sessions) filter (where counted), 0)::bigint as possible_sessions,
        coalesce(sum(marked_sessions) filter (where category = 'present'), 0)::bigint as present_sessions,
        coalesce(sum(marked_sessions) filter (where category = 'aea'), 0)::bigint as aea_sessions,
        coalesce(sum(marked_sessions) filter (where category = 'authorised'), 0)::bigint as authorised_absence,
        coalesce(sum(marked_sessions) filter (where category = 'unauthorised'), 0)::bigint as unauthorised_absence,
        coalesce(sum(marked_sessions) filter (where not counted), 0)::bigint as not_counted_sessions,
        bit_or(first_sessions) as first_sessions,
        bit_or(last_sessions) as last_sessions
    from keyed
    group by school_urn, pupil_no, week_start, academic_year
)

select
    s.school_key,
    p.pupil_key,
    d.week_start,
    d.academic_year,
    w.* exclude (school_urn, pupil_no, week_start, academic_year)
from weeks as w
inner join dim_date as d on d.date_key = w.period_start
inner join dim_school as s on s.urn = w.school_urn
inner join stg_attendance_mark_pupil as sp on sp.import_id = $import_id and sp.pupil_no = w.pupil_no
inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash;

drop table load_mark;
