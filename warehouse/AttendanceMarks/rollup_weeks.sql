-- The weeks the file's dates touch, rolled up from the file's marks (load_file_mark) and the stored marks of the same
-- weeks outside the file's dates, which stay. For a file loaded in bulk this runs before its rows are loaded, so
-- DuckDB aggregates the file and committed rows rather than rows it has not yet committed (several times slower).
-- Each session of a week is one bit (day of the week and AM or PM), so a week holding more marks than distinct
-- bits has a session marked twice: only possible for marks loaded in bulk, whose repeats are found here.
create temp table load_mark_week as
with marks as (
    select school_key, pupil_key, session_date, session, attendance_code_key
    from load_file_mark
    union all
    select f.school_key, f.pupil_key, f.session_date, f.session, f.attendance_code_key
    from fact_attendance_mark as f
    inner join load_mark_range as r
        on r.school_key = f.school_key
        and f.session_date between date_trunc('week', r.first_date) and date_trunc('week', r.last_date) + interval 6 day
        and f.session_date not between r.first_date and r.last_date
)

select
    m.school_key,
    m.pupil_key,
    d.week_start,
    d.academic_year,
    min(m.session_date) as period_start,
    max(m.session_date) as period_end,
    count(*) filter (where c.counted) as possible_sessions,
    count(*) filter (where c.category = 'present') as present_sessions,
    count(*) filter (where c.category = 'aea') as aea_sessions,
    count(*) filter (where c.category = 'authorised') as authorised_absence,
    count(*) filter (where c.category = 'unauthorised') as unauthorised_absence,
    count(*) filter (where not c.counted) as not_counted_sessions,
    count(*) > bit_count(bit_or(1 << ((isodow(m.session_date) - 1) * 2 + (m.session = 'PM')::integer))) as repeated
from marks as m
inner join dim_date as d on d.date_key = m.session_date
inner join dim_attendance_code as c on c.attendance_code_key = m.attendance_code_key
group by m.school_key, m.pupil_key, d.week_start, d.academic_year;
