insert into dim_school (school_key, urn, name)
select
    nextval('seq_school_key'),
    new_schools.school_urn,
    coalesce(new_schools.school_name, 'School ' || new_schools.school_urn)
from (
    select school_urn, max(school_name) as school_name
    from stg_attendance_summary
    where import_id = $import_id
    group by school_urn
) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

-- A school first seen without a name (for example in a census) takes the name this export gives it.
update dim_school as s
set name = named.school_name
from (
    select school_urn, max(school_name) as school_name
    from stg_attendance_summary
    where import_id = $import_id and school_name is not null
    group by school_urn
) as named
where s.urn = named.school_urn and s.name = 'School ' || s.urn;

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (
    select distinct pupil_hash
    from stg_attendance_summary
    where import_id = $import_id
) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- A corrected export for the same school and period replaces the earlier one.
delete from fact_attendance as f
where exists (
    select 1
    from stg_attendance_summary as stg
    inner join dim_school as s on s.urn = stg.school_urn
    where stg.import_id = $import_id
        and s.school_key = f.school_key
        and stg.period_start = f.period_start
        and stg.period_end = f.period_end
);

insert into fact_attendance
select
    s.school_key,
    p.pupil_key,
    stg.period_start,
    stg.period_end,
    stg.possible_sessions,
    stg.present_sessions,
    stg.aea_sessions,
    stg.authorised_absence,
    stg.unauthorised_absence,
    stg.import_id
from stg_attendance_summary as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join dim_pupil as p on p.pupil_hash = stg.pupil_hash
where stg.import_id = $import_id;

delete from stg_attendance_summary where import_id = $import_id;
