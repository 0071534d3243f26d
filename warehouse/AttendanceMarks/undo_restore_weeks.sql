-- Once the imports that meet the undone import's weeks have loaded again (undo_weeks.sql), their weeks inside the
-- region stay, and outside it the weeks set aside go back as they were.
delete from fact_attendance_week as w
using undo_mark_window as x
where x.school_key = w.school_key
    and w.week_start between x.first_week and x.last_date
    and not exists (
        select 1
        from undo_mark_region as r
        where r.school_key = w.school_key and w.week_start between r.first_week and r.last_date
    );

insert into fact_attendance_week by name
select h.*
from undo_mark_held as h
where not exists (
    select 1
    from undo_mark_region as r
    where r.school_key = h.school_key and h.week_start between r.first_week and r.last_date
);

drop view undo_mark_outside_weeks;

drop table undo_mark_outside;

drop table undo_mark_held;

drop table undo_mark_window;

drop table undo_mark_reloaded;

drop table undo_mark_region;
