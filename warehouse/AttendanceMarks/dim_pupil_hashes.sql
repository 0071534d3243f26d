-- Every pupil of the dimension: its keyed hash and key.
select pupil_hash, pupil_key
from dim_pupil;
