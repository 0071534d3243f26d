-- The file's weeks replace the stored weeks of its schools in the weeks its dates touch (load_mark_range). A stored
-- week the file's dates only partly cover keeps its sessions outside those dates (a correction for part of a week
-- leaves the other days alone): those are set aside here, and merge_kept_weeks.sql merges them with the file's
-- sessions of the same week once the file's weeks are saved. Weeks the import itself has saved already are left.
create temp table load_kept_week as
with kept as (
    select
        w.school_key,
        w.pupil_key,
        w.week_start,
        w.academic_year,
        w.import_id,
        w.first_sessions & list_sum(list_transform(
            range(7),
            i -> if(w.week_start + (i // 2)::integer between r.first_date and r.last_date, 0, 255::ubigint << (8 * i)::ubigint)
        ))::ubigint as first_sessions,
        w.last_sessions & list_sum(list_transform(
            range(7),
            i -> if(w.week_start + ((i + 7) // 2)::integer between r.first_date and r.last_date, 0, 255::ubigint << (8 * i)::ubigint)
        ))::ubigint as last_sessions
    from fact_attendance_week as w
    inner join load_mark_range as r
        on r.school_key = w.school_key
        and w.import_id <> $import_id
        and w.week_start between date_trunc('week', r.first_date) and r.last_date
        and (w.week_start < r.first_date or w.week_start + 6 > r.last_date)
)

select *
from kept
where first_sessions <> 0 or last_sessions <> 0;

delete from fact_attendance_week as w
using load_mark_range as r
where w.school_key = r.school_key
    and w.import_id <> $import_id
    and w.week_start between date_trunc('week', r.first_date) and r.last_date;
