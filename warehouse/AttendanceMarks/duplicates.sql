-- Later rows for a pupil, school and session already marked earlier in the same file, with that earlier row.
select line, first_line
from (
    select
        line,
        first_value(line) over sessions as first_line,
        row_number() over sessions as occurrence
    from stg_attendance_mark
    where import_id = $import_id
    window sessions as (partition by pupil_no, school_urn, session_date, session order by line)
)
where occurrence > 1
order by line;
