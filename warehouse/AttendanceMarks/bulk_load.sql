-- The marks of a clean long export loaded in bulk: DuckDB reads the file again, in parallel, and every row takes its
-- pupil, school, date, session and code from the maps of its distinct cells (bulk_maps.sql, checked in C#).
insert into fact_attendance_mark
with pupils as (
    select bp.upn, p.pupil_key
    from bulk_mark_pupil as bp
    inner join stg_attendance_mark_pupil as sp on sp.import_id = $import_id and sp.pupil_no = bp.pupil_no
    inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
),

schools as (
    select bs.urn, s.school_key
    from bulk_mark_school as bs
    inner join dim_school as s on s.urn = bs.school_urn
),

cells as (
    select
        coalesce(trim(cells[$upn_column]), '') as upn,
        coalesce(trim(cells[$urn_column]), '') as urn,
        coalesce(trim(cells[$date_column]), '') as session_date,
        coalesce(trim(cells[$session_column]), '') as session,
        coalesce(trim(cells[$mark_column]), '') as mark
    from csv_cells($path)
)

select
    s.school_key,
    p.pupil_key,
    m.date_value,
    n.session_name,
    m.attendance_code_key,
    c.mark,
    $import_id
from cells as c
inner join pupils as p on p.upn = c.upn
inner join schools as s on s.urn = c.urn
inner join bulk_mark_code as m on m.session_date = c.session_date and m.mark = c.mark
inner join bulk_mark_session as n on n.session = c.session;
