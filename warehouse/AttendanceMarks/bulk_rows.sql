-- The rows of a clean long marks export keyed for the star schema, as the view load_file_mark: DuckDB reads the file
-- afresh, in parallel, each time the view is queried, and every row takes its pupil, school, date, session and code
-- from the maps of its distinct cells (bulk_maps.sql, checked in C#). The file and its columns are session variables
-- because a view cannot hold query parameters; $..._column is a 1-based position in the header.
set variable bulk_mark_file = $path;

set variable bulk_import_id = $import_id;

set variable bulk_upn_column = $upn_column;

set variable bulk_urn_column = $urn_column;

set variable bulk_date_column = $date_column;

set variable bulk_session_column = $session_column;

set variable bulk_mark_column = $mark_column;

create temp view load_file_mark as
with pupils as (
    select bp.upn, p.pupil_key
    from bulk_mark_pupil as bp
    inner join stg_attendance_mark_pupil as sp
        on sp.import_id = getvariable('bulk_import_id') and sp.pupil_no = bp.pupil_no
    inner join dim_pupil as p on p.pupil_hash = sp.pupil_hash
),

schools as (
    select bs.urn, s.school_key
    from bulk_mark_school as bs
    inner join dim_school as s on s.urn = bs.school_urn
),

cells as (
    select
        coalesce(trim(cells[getvariable('bulk_upn_column')]), '') as upn,
        coalesce(trim(cells[getvariable('bulk_urn_column')]), '') as urn,
        coalesce(trim(cells[getvariable('bulk_date_column')]), '') as session_date,
        coalesce(trim(cells[getvariable('bulk_session_column')]), '') as session,
        coalesce(trim(cells[getvariable('bulk_mark_column')]), '') as mark
    from csv_cells(getvariable('bulk_mark_file'))
)

select
    s.school_key,
    p.pupil_key,
    m.date_value as session_date,
    n.session_name as session,
    m.attendance_code_key,
    c.mark as raw_mark
from cells as c
inner join pupils as p on p.upn = c.upn
inner join schools as s on s.urn = c.urn
inner join bulk_mark_code as m on m.session_date = c.session_date and m.mark = c.mark
inner join bulk_mark_session as n on n.session = c.session;
