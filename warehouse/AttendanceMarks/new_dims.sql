-- The import's schools and pupils not yet in the dimensions.
insert into dim_school (school_key, urn, name)
select
    nextval('seq_school_key'),
    new_schools.school_urn,
    coalesce(new_schools.school_name, 'School ' || new_schools.school_urn)
from load_mark_school as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

drop table load_mark_school;

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (
    select pupil_hash
    from stg_attendance_mark_pupil
    where import_id = $import_id
) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);
