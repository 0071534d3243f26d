-- Session marks are kept in their week's row: fourteen sessions, Monday AM to Sunday PM, each with its DfE code and
-- raw mark (null: no mark). A term of marks is then a tenth as many rows to write and read, and a bulk load writes
-- each pupil's week once. fact_attendance_mark stays, as a view with one row per mark, for evaluators.
alter table fact_attendance_week add column session_codes integer[];

alter table fact_attendance_week add column raw_marks varchar[];

alter table fact_attendance_week add column import_id uuid;

update fact_attendance_week as w
set session_codes = m.session_codes, raw_marks = m.raw_marks, import_id = m.import_id
from (
    select
        school_key,
        pupil_key,
        week_start,
        academic_year,
        list_transform(range(14), i -> list_filter(marks, x -> x.session = i)[1].code) as session_codes,
        list_transform(range(14), i -> list_filter(marks, x -> x.session = i)[1].raw) as raw_marks,
        import_id
    from (
        select
            f.school_key,
            f.pupil_key,
            d.week_start,
            d.academic_year,
            list({
                'session': (isodow(f.session_date) - 1) * 2 + (f.session = 'PM')::integer,
                'code': f.attendance_code_key,
                'raw': f.raw_mark
            }) as marks,
            max(f.import_id) as import_id
        from fact_attendance_mark as f
        inner join dim_date as d on d.date_key = f.session_date
        group by all
    )
) as m
where m.school_key = w.school_key
    and m.pupil_key = w.pupil_key
    and m.week_start = w.week_start
    and m.academic_year = w.academic_year;

drop table fact_attendance_mark;

create view fact_attendance_mark as
select
    w.school_key,
    w.pupil_key,
    w.week_start + (s.session // 2)::integer as session_date,
    if(s.session % 2 = 0, 'AM', 'PM') as session,
    w.session_codes[s.session + 1] as attendance_code_key,
    w.raw_marks[s.session + 1] as raw_mark,
    w.import_id
from fact_attendance_week as w
cross join range(14) as s(session)
where w.session_codes[s.session + 1] is not null;

comment on view fact_attendance_mark is 'Each register mark, one row per pupil per school per session, read from the sessions of fact_attendance_week: the raw mark as the MIS exported it and its DfE code for the date.';
comment on column fact_attendance_mark.session_date is 'The day of the session.';
comment on column fact_attendance_mark.session is 'AM or PM.';
comment on column fact_attendance_mark.attendance_code_key is 'The DfE code the raw mark stands for, in the code set in force on session_date.';
comment on column fact_attendance_mark.raw_mark is 'The mark as exported (a sub-code such as X01 or a Capita ONE stand-in such as <), before normalising.';
comment on column fact_attendance_mark.import_id is 'The import that last wrote this week; a corrected export for the same school and dates replaces its marks.';

comment on table fact_attendance_week is 'Sessions per pupil per school per week from session marks, each session''s mark, and the measures of fact_attendance (summaries). Marts prefer these rows over summaries for the same pupil, school and term.';
comment on column fact_attendance_week.session_codes is 'The DfE code (attendance_code_key) of each of the week''s fourteen sessions, Monday AM to Sunday PM; null where no mark.';
comment on column fact_attendance_week.raw_marks is 'The mark as exported for each of the week''s fourteen sessions, Monday AM to Sunday PM; null where no mark.';
comment on column fact_attendance_week.import_id is 'The import that last wrote this week; a corrected export for the same school and dates replaces its marks.';
