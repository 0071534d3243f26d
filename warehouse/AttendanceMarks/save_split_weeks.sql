-- The parts of each split week are replaced by the week they make.
delete from fact_attendance_week as f
using load_split_week as s
where f.import_id = $import_id
    and f.school_key = s.school_key
    and f.pupil_key = s.pupil_key
    and f.week_start = s.week_start
    and f.academic_year = s.academic_year;

insert into fact_attendance_week by name
select * exclude (sessions)
from load_split_week;

drop table load_split_week;

drop table bulk_split_pupil;
