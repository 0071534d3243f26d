-- Grain: one row per school in this import, with the dates its export covers.
create temp table load_mark_range as
select school_key, min(session_date) as first_date, max(session_date) as last_date
from fact_attendance_mark
where import_id = $import_id
group by school_key;

-- A corrected export for the same school and dates replaces the earlier marks.
delete from fact_attendance_mark as f
using load_mark_range as r
where f.school_key = r.school_key
    and f.session_date between r.first_date and r.last_date
    and f.import_id <> $import_id;
