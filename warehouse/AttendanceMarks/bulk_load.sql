-- The marks of a clean long export loaded in bulk, from the file's rows (bulk_rows.sql).
insert into fact_attendance_mark
select school_key, pupil_key, session_date, session, attendance_code_key, raw_mark, $import_id
from load_file_mark;
