-- The import's distinct marks (load_mark) not yet in dim_attendance_mark.
create or replace temp table load_new_mark as
select distinct raw_mark, attendance_code_key
from load_mark as l
where not exists (
    select 1
    from dim_attendance_mark as m
    where m.raw_mark = l.raw_mark and m.attendance_code_key = l.attendance_code_key
);
