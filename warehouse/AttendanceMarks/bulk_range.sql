-- Grain: one row per school in a file loaded in bulk, with the dates its export covers, from the distinct school and
-- date pairs of the file (bulk_values.sql), so the range is known before the rows are loaded.
create temp table load_mark_range as
select s.school_key, min(c.date_value) as first_date, max(c.date_value) as last_date
from bulk_mark_school_date as sd
inner join bulk_mark_school as bs on bs.urn = sd.urn
inner join dim_school as s on s.urn = bs.school_urn
inner join (select distinct session_date, date_value from bulk_mark_code) as c on c.session_date = sd.session_date
group by s.school_key;
