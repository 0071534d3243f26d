-- The pupils of an import staged from its pupil number $from on, each of which the bulk load found is not yet in the
-- dimension: added, each with the key it is given.
insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), pupil_hash
from stg_attendance_mark_pupil
where import_id = $import_id and pupil_no >= $from
returning pupil_hash, pupil_key;
