-- The pupil key of each pupil of an import from its pupil number $from on, by the pupil's number within the file.
select sp.pupil_no, p.pupil_key
from stg_attendance_mark_pupil as sp
inner join dim_pupil as p using (pupil_hash)
where sp.import_id = $import_id and sp.pupil_no >= $from;
