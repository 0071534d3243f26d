-- The key of each numbered mark of a file loaded in bulk.
select l.mark_no, m.attendance_mark_key
from load_mark as l
inner join dim_attendance_mark as m using (raw_mark, attendance_code_key);
