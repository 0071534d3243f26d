-- Grain: one row per school in a file read row by row, with the dates its export covers.
create temp table load_mark_range as
select s.school_key, min(stg.session_date) as first_date, max(stg.session_date) as last_date
from stg_attendance_mark as stg
inner join dim_school as s on s.urn = stg.school_urn
where stg.import_id = $import_id
group by s.school_key;

-- Grain: one row per pupil per school per week per academic year of a file read row by row, with its sessions
-- counted by category and each session's DfE code and raw mark (Monday AM to Sunday PM). Sessions marked twice
-- were held back when staged.
create temp table load_week_marks as
with sessions as (
    select
        s.school_key,
        p.pupil_key,
        d.week_start,
        d.academic_year,
        min(stg.session_date) as period_start,
        max(stg.session_date) as period_end,
        count(*) filter (where c.counted) as possible_sessions,
        count(*) filter (where c.category = 'present') as present_sessions,
        count(*) filter (where c.category = 'aea') as aea_sessions,
        count(*) filter (where c.category = 'authorised') as authorised_absence,
        count(*) filter (where c.category = 'unauthorised') as unauthorised_absence,
        count(*) filter (where not c.counted) as not_counted_sessions,
        list({
            'session': (isodow(stg.session_date) - 1) * 2 + (stg.session = 'PM')::integer,
            'code': stg.attendance_code_key,
            'raw': stg.raw_mark
        }) as marks
    from stg_attendance_mark as stg
    inner join dim_school as s on s.urn = stg.school_urn
    inner join stg_attendance_mark_pupil as sp on sp.import_id = stg.import_id and sp.pupil_no = stg.pupil_no
    inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
    inner join dim_date as d on d.date_key = stg.session_date
    inner join dim_attendance_code as c on c.attendance_code_key = stg.attendance_code_key
    where stg.import_id = $import_id
    group by all
)

select
    * exclude (marks),
    list_transform(range(14), i -> list_filter(marks, m -> m.session = i)[1].code) as session_codes,
    list_transform(range(14), i -> list_filter(marks, m -> m.session = i)[1].raw) as raw_marks,
    false as repeated
from sessions;
