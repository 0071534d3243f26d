-- The marks of a file read row by row, from its staged rows.
insert into fact_attendance_mark
with pupils as (
    select sp.pupil_no, p.pupil_key
    from stg_attendance_mark_pupil as sp
    inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
    where sp.import_id = $import_id
)

select
    s.school_key,
    p.pupil_key,
    stg.session_date,
    stg.session,
    stg.attendance_code_key,
    stg.raw_mark,
    stg.import_id
from stg_attendance_mark as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join pupils as p on p.pupil_no = stg.pupil_no
where stg.import_id = $import_id;
