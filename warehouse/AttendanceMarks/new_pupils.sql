-- The import's pupils from its pupil number $from on not yet in the dimension.
insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (
    select pupil_hash
    from stg_attendance_mark_pupil
    where import_id = $import_id and pupil_no >= $from
) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);
