-- The schools of a file read row by row, with the name the file gives each.
create temp table load_mark_school as
select school_urn, max(school_name) as school_name
from stg_attendance_mark
where import_id = $import_id
group by school_urn;
