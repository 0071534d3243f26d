-- The sessions' lists, filled into first_sessions and last_sessions by 0090, are dropped (in a transaction of their
-- own: DuckDB cannot drop a column of a table updated in the same transaction), and fact_attendance_mark reads the
-- marks by key.
drop view fact_attendance_mark;

alter table fact_attendance_week drop column session_codes;

alter table fact_attendance_week drop column raw_marks;

create view fact_attendance_mark as
select
    w.school_key,
    w.pupil_key,
    w.week_start + (s.session // 2)::integer as session_date,
    if(s.session % 2 = 0, 'AM', 'PM') as session,
    m.attendance_code_key,
    m.raw_mark,
    w.import_id
from fact_attendance_week as w
cross join range(14) as s(session)
inner join dim_attendance_mark as m
    on m.attendance_mark_key = (if(s.session < 7, w.first_sessions, w.last_sessions) >> (8 * (s.session % 7))::ubigint) & 255;

comment on view fact_attendance_mark is 'Each register mark, one row per pupil per school per session, read from the sessions of fact_attendance_week: the raw mark as the MIS exported it and its DfE code for the date.';
comment on column fact_attendance_mark.session_date is 'The day of the session.';
comment on column fact_attendance_mark.session is 'AM or PM.';
comment on column fact_attendance_mark.attendance_code_key is 'The DfE code the raw mark stands for, in the code set in force on session_date.';
comment on column fact_attendance_mark.raw_mark is 'The mark as exported (a sub-code such as X01 or a Capita ONE stand-in such as <), before normalising.';
comment on column fact_attendance_mark.import_id is 'The import that last wrote this week; a corrected export for the same school and dates replaces its marks.';

