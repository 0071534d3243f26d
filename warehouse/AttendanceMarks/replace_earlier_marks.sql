-- A corrected export for the same school and dates replaces the earlier marks.
delete from fact_attendance_mark as f
using load_mark_range as r
where f.school_key = r.school_key
    and f.session_date between r.first_date and r.last_date
    and f.import_id <> $import_id;
