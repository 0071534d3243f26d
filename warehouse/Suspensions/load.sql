insert into dim_school (school_key, urn, name)
select nextval('seq_school_key'), new_schools.school_urn, 'School ' || new_schools.school_urn
from (select distinct school_urn from stg_exclusion where import_id = $import_id) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (select distinct pupil_hash from stg_exclusion where import_id = $import_id) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- A corrected export replaces each of its schools' exclusions starting from its first to its last start date.
delete from fact_exclusion as f
where exists (
    select 1
    from (
        select school_urn, min(start_date) as first_date, max(start_date) as last_date
        from stg_exclusion
        where import_id = $import_id
        group by school_urn
    ) as covered
    inner join dim_school as s on s.urn = covered.school_urn
    where s.school_key = f.school_key
        and f.start_date between covered.first_date and covered.last_date
);

insert into fact_exclusion
select
    s.school_key,
    p.pupil_key,
    stg.start_date,
    stg.category,
    stg.sessions,
    stg.reason_1_raw,
    stg.reason_1,
    stg.reason_2_raw,
    stg.reason_2,
    stg.reason_3_raw,
    stg.reason_3,
    stg.import_id
from stg_exclusion as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id;

delete from stg_exclusion where import_id = $import_id;
