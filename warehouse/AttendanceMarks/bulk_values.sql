-- Each distinct value of a long marks export's columns, once however many rows repeat it: the pupils, the schools
-- (with the name the file gives each), the dates of each school (the range its export covers), the sessions, and
-- each mark with its date (a mark's validity depends on the date). Every group also counts its rows, says how wide
-- they are and whether one looks like a totals row.
-- Cells are trimmed as the row-by-row reader trims them; $..._column is a 1-based position, null when absent.
with cells as (
    select
        coalesce(trim(cells[$upn_column]), '') as upn,
        coalesce(trim(cells[$urn_column]), '') as urn,
        nullif(trim(cells[$name_column]), '') as school_name,
        coalesce(trim(cells[$date_column]), '') as session_date,
        coalesce(trim(cells[$session_column]), '') as session,
        coalesce(trim(cells[$mark_column]), '') as mark,
        len(cells) as width,
        lower(coalesce(trim(cells[1]), '')) as first_cell
    from csv_cells($path)
)

select
    upn,
    urn,
    session_date,
    mark,
    session,
    max(school_name) as school_name,
    count(*) as row_count,
    min(width) as narrowest,
    max(width) as widest,
    bool_or(starts_with(first_cell, 'total') or first_cell = 'summary') as has_totals
from cells
group by grouping sets ((upn), (urn), (urn, session_date), (session_date, mark), (session));
