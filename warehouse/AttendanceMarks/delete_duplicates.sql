delete from stg_attendance_mark
where rowid in (
    select rowid
    from stg_attendance_mark
    where import_id = $import_id
    qualify row_number() over (partition by pupil_no, school_urn, session_date, session order by line) > 1
);
