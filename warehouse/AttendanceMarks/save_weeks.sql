-- The rolled-up weeks replace the stored ones; the import's working tables are emptied.
delete from fact_attendance_week as w
using load_mark_range as r
where w.school_key = r.school_key
    and w.week_start between date_trunc('week', r.first_date) and date_trunc('week', r.last_date);

insert into fact_attendance_week
select * exclude (repeated)
from load_mark_week;

drop view if exists load_file_mark;

drop table load_mark_week;

drop table load_mark_range;

delete from stg_attendance_mark where import_id = $import_id;

delete from stg_attendance_mark_pupil where import_id = $import_id;
