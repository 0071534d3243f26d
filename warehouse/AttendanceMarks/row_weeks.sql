-- Grain: one row per school in a file read row by row, with the dates its export covers.
create temp table load_mark_range as
select s.school_key, min(stg.session_date) as first_date, max(stg.session_date) as last_date
from stg_attendance_mark as stg
inner join dim_school as s on s.urn = stg.school_urn
where stg.import_id = $import_id
group by s.school_key;

-- Grain: one row per pupil per school per week per academic year of a file read row by row, with its sessions
-- counted by category and each session's mark key (Monday AM to Sunday PM, eight bits each, seven to a number).
-- Sessions marked twice were held back when staged, so no two marks share a session's bits.
create temp table load_week_marks as
with marks as (
    select
        stg.*,
        (isodow(stg.session_date) - 1) * 2 + (stg.session = 'PM')::integer as session_no,
        m.attendance_mark_key::ubigint as mark_key
    from stg_attendance_mark as stg
    inner join dim_attendance_mark as m using (raw_mark, attendance_code_key)
    where stg.import_id = $import_id
)

select
    s.school_key,
    p.pupil_key,
    d.week_start,
    d.academic_year,
    min(m.session_date) as period_start,
    max(m.session_date) as period_end,
    count(*) filter (where c.counted) as possible_sessions,
    count(*) filter (where c.category = 'present') as present_sessions,
    count(*) filter (where c.category = 'aea') as aea_sessions,
    count(*) filter (where c.category = 'authorised') as authorised_absence,
    count(*) filter (where c.category = 'unauthorised') as unauthorised_absence,
    count(*) filter (where not c.counted) as not_counted_sessions,
    coalesce(bit_or(m.mark_key << (8 * (m.session_no % 7))::ubigint) filter (where m.session_no < 7), 0) as first_sessions,
    coalesce(bit_or(m.mark_key << (8 * (m.session_no % 7))::ubigint) filter (where m.session_no >= 7), 0) as last_sessions
from marks as m
inner join dim_school as s on s.urn = m.school_urn
inner join stg_attendance_mark_pupil as sp on sp.import_id = m.import_id and sp.pupil_no = m.pupil_no
inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
inner join dim_date as d on d.date_key = m.session_date
inner join dim_attendance_code as c on c.attendance_code_key = m.attendance_code_key
group by all;

drop table load_mark;
