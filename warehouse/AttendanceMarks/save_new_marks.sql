-- The import's new marks, keyed after the last.
insert into dim_attendance_mark
select
    (select coalesce(max(attendance_mark_key), 0) from dim_attendance_mark)
    + row_number() over (order by raw_mark, attendance_code_key),
    raw_mark,
    attendance_code_key
from load_new_mark;

drop table load_new_mark;
