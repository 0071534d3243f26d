-- The distinct marks of a file read row by row.
create or replace temp table load_mark as
select distinct raw_mark, attendance_code_key, null::integer as mark_no
from stg_attendance_mark
where import_id = $import_id;
