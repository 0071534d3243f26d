-- The weeks the loaded dates touch, rolled up again from every mark they hold, whichever import it came from.
-- Each session of a week is one bit (day of the week and AM or PM), so a week holding more marks than distinct
-- bits has a session marked twice: only possible for marks loaded in bulk, whose repeats are found here.
create temp table load_mark_week as
select
    f.school_key,
    f.pupil_key,
    d.week_start,
    d.academic_year,
    min(f.session_date) as period_start,
    max(f.session_date) as period_end,
    count(*) filter (where c.counted) as possible_sessions,
    count(*) filter (where c.category = 'present') as present_sessions,
    count(*) filter (where c.category = 'aea') as aea_sessions,
    count(*) filter (where c.category = 'authorised') as authorised_absence,
    count(*) filter (where c.category = 'unauthorised') as unauthorised_absence,
    count(*) filter (where not c.counted) as not_counted_sessions,
    count(*) > bit_count(bit_or(1 << ((isodow(f.session_date) - 1) * 2 + (f.session = 'PM')::integer))) as repeated
from fact_attendance_mark as f
inner join load_mark_range as r
    on r.school_key = f.school_key
    and f.session_date between date_trunc('week', r.first_date) and date_trunc('week', r.last_date) + interval 6 day
inner join dim_date as d on d.date_key = f.session_date
inner join dim_attendance_code as c on c.attendance_code_key = f.attendance_code_key
group by f.school_key, f.pupil_key, d.week_start, d.academic_year;
