-- The schools of a file loaded in bulk, with the name the file gives each.
create temp table load_mark_school as
select school_urn, max(school_name) as school_name
from bulk_mark_school
group by school_urn;
