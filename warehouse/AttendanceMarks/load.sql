insert into dim_school (school_key, urn, name)
select
    nextval('seq_school_key'),
    new_schools.school_urn,
    coalesce(new_schools.school_name, 'School ' || new_schools.school_urn)
from (
    select school_urn, max(school_name) as school_name
    from stg_attendance_mark
    where import_id = $import_id
    group by school_urn
) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (
    select pupil_hash
    from stg_attendance_mark_pupil
    where import_id = $import_id
) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- Grain: one row per school in this import, with the dates its export covers.
create temp table load_mark_range as
select
    s.school_key,
    min(stg.session_date) as first_date,
    max(stg.session_date) as last_date
from stg_attendance_mark as stg
inner join dim_school as s on s.urn = stg.school_urn
where stg.import_id = $import_id
group by s.school_key;

-- A corrected export for the same school and dates replaces the earlier marks.
delete from fact_attendance_mark as f
using load_mark_range as r
where f.school_key = r.school_key
    and f.session_date between r.first_date and r.last_date;

insert into fact_attendance_mark
with pupils as (
    select sp.pupil_no, p.pupil_key
    from stg_attendance_mark_pupil as sp
    inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
    where sp.import_id = $import_id
)

select
    s.school_key,
    p.pupil_key,
    stg.session_date,
    stg.session,
    stg.attendance_code_key,
    stg.raw_mark,
    stg.import_id
from stg_attendance_mark as stg
inner join dim_school as s on s.urn = stg.school_urn
inner join pupils as p on p.pupil_no = stg.pupil_no
where stg.import_id = $import_id;

-- The weeks these dates touch are rolled up again from every mark they hold, whichever import it came from.
delete from fact_attendance_week as w
using load_mark_range as r
where w.school_key = r.school_key
    and w.week_start between date_trunc('week', r.first_date) and date_trunc('week', r.last_date);

insert into fact_attendance_week
select
    f.school_key,
    f.pupil_key,
    d.week_start,
    d.academic_year,
    min(f.session_date) as period_start,
    max(f.session_date) as period_end,
    count(*) filter (where c.counted) as possible_sessions,
    count(*) filter (where c.category = 'present') as present_sessions,
    count(*) filter (where c.category = 'aea') as aea_sessions,
    count(*) filter (where c.category = 'authorised') as authorised_absence,
    count(*) filter (where c.category = 'unauthorised') as unauthorised_absence,
    count(*) filter (where not c.counted) as not_counted_sessions
from fact_attendance_mark as f
inner join load_mark_range as r
    on r.school_key = f.school_key
    and f.session_date between date_trunc('week', r.first_date) and date_trunc('week', r.last_date) + interval 6 day
inner join dim_date as d on d.date_key = f.session_date
inner join dim_attendance_code as c on c.attendance_code_key = f.attendance_code_key
group by f.school_key, f.pupil_key, d.week_start, d.academic_year;

drop table load_mark_range;

delete from stg_attendance_mark where import_id = $import_id;

delete from stg_attendance_mark_pupil where import_id = $import_id;
