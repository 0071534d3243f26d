-- The import's schools (load_mark_school) not yet in the dimension, named as the file names them.
insert into dim_school (school_key, urn, name)
select
    nextval('seq_school_key'),
    new_schools.school_urn,
    coalesce(new_schools.school_name, 'School ' || new_schools.school_urn)
from load_mark_school as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

drop table load_mark_school;
