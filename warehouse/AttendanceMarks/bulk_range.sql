-- Grain: one row per school in a file loaded in bulk, with the dates its export covers.
create temp table load_mark_range as
select s.school_key, min(b.first_date) as first_date, max(b.last_date) as last_date
from bulk_mark_school as b
inner join dim_school as s on s.urn = b.school_urn
group by s.school_key;

drop table bulk_mark_school;

drop table load_mark;
