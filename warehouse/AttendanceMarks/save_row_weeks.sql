-- The weeks of a file read row by row, saved as the import's.
insert into fact_attendance_week by name
select *, $import_id as import_id
from load_week_marks;

drop table load_week_marks;
