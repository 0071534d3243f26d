insert into dim_school (school_key, urn, name)
select nextval('seq_school_key'), new_schools.school_urn, 'School ' || new_schools.school_urn
from (select distinct school_urn from stg_census where import_id = $import_id) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (select distinct pupil_hash from stg_census where import_id = $import_id) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- A corrected export for the same school and effective date replaces the earlier snapshot.
delete from dim_pupil_characteristics as c
where exists (
    select 1
    from stg_census as stg
    inner join dim_school as s on s.urn = stg.school_urn
    where stg.import_id = $import_id
        and s.school_key = c.school_key
        and stg.effective_date = c.valid_from
);

insert into dim_pupil_characteristics
select
    p.pupil_key,
    s.school_key,
    stg.effective_date,
    stg.effective_date,
    null,
    true,
    stg.gender,
    stg.nc_year,
    stg.sen_provision,
    stg.sen_legacy,
    stg.fsm_eligible,
    stg.disadvantaged,
    stg.first_language,
    stg.eal,
    stg.ethnicity_code,
    stg.ethnicity_major_group,
    stg.import_id
from stg_census as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id;

-- Re-chain the history of the pupils this export touched (Functions/pupil_history.sql).
update dim_pupil_characteristics as c
set valid_to = chained.valid_to, is_current = chained.valid_to is null, applies_from = chained.applies_from
from pupil_history_chained($import_id, false) as chained
where c.pupil_key = chained.pupil_key and c.valid_from = chained.valid_from and c.school_key = chained.school_key;

-- Roll changes: the latest export's dates for a pupil at a school win.
delete from fact_roll_change as r
where exists (
    select 1
    from stg_census as stg
    inner join dim_school as s on s.urn = stg.school_urn
    inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
    where stg.import_id = $import_id
        and r.school_key = s.school_key
        and r.pupil_key = p.pupil_key
);

insert into fact_roll_change
select s.school_key, p.pupil_key, stg.admission_date, 'joined', null, stg.import_id
from stg_census as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id and stg.admission_date is not null
union all
select s.school_key, p.pupil_key, stg.leaving_date, 'left', stg.destination, stg.import_id
from stg_census as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id and stg.leaving_date is not null;

delete from stg_census where import_id = $import_id;
