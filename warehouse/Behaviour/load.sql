insert into dim_school (school_key, urn, name)
select nextval('seq_school_key'), new_schools.school_urn, 'School ' || new_schools.school_urn
from (select distinct school_urn from stg_behaviour_incident where import_id = $import_id) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (select distinct pupil_hash from stg_behaviour_incident where import_id = $import_id) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- A corrected export replaces each of its schools' incidents dated from its first to its last incident.
delete from fact_behaviour_incident as f
where exists (
    select 1
    from (
        select school_urn, min(incident_date) as first_date, max(incident_date) as last_date
        from stg_behaviour_incident
        where import_id = $import_id
        group by school_urn
    ) as covered
    inner join dim_school as s on s.urn = covered.school_urn
    where s.school_key = f.school_key
        and f.incident_date between covered.first_date and covered.last_date
);

insert into fact_behaviour_incident
select
    s.school_key,
    p.pupil_key,
    stg.incident_date,
    stg.incident_time,
    stg.incident_type,
    stg.points,
    stg.location,
    stg.action_taken,
    stg.import_id
from stg_behaviour_incident as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id;

delete from stg_behaviour_incident where import_id = $import_id;
