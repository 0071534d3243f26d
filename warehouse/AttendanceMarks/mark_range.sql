-- Grain: one row per school in a file read row by row, with the dates its export covers.
create temp table load_mark_range as
select school_key, min(session_date) as first_date, max(session_date) as last_date
from fact_attendance_mark
where import_id = $import_id
group by school_key;
