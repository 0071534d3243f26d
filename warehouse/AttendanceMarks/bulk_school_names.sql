-- A school the file added is named, once the whole file is read, by the greatest name the file gives it.
update dim_school as s
set name = b.school_name
from (
    select school_urn, max(school_name) as school_name
    from bulk_mark_school
    where added and school_name is not null
    group by school_urn
) as b
where s.urn = b.school_urn;
