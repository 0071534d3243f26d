-- The marks of a file read row by row, once loaded and the earlier marks of its dates replaced, as the view
-- load_file_mark: every stored mark of its schools within its dates.
create temp view load_file_mark as
select f.school_key, f.pupil_key, f.session_date, f.session, f.attendance_code_key, f.raw_mark
from fact_attendance_mark as f
inner join load_mark_range as r
    on r.school_key = f.school_key
    and f.session_date between r.first_date and r.last_date;
