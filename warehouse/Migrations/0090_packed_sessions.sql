-- A week's fourteen sessions are kept as two numbers instead of two lists: each session holds the key of its mark
-- (dim_attendance_mark: the raw mark and the DfE code it stands for), eight bits a session, seven sessions a number.
-- Loading and reading a term of weeks then builds no list at all; fact_attendance_mark reads them back one row per
-- mark, as before.
create table dim_attendance_mark (
    attendance_mark_key utinyint not null primary key,
    raw_mark varchar not null,
    attendance_code_key integer not null,
    unique (raw_mark, attendance_code_key)
);

comment on table dim_attendance_mark is 'Each raw mark an export has used, with the DfE code it stands for: the marks that fact_attendance_week''s sessions hold by key (at most 255, a key fits in eight bits).';
comment on column dim_attendance_mark.raw_mark is 'The mark as exported (a sub-code such as X01 or a Capita ONE stand-in such as <), before normalising.';

insert into dim_attendance_mark
select row_number() over (order by raw_mark, attendance_code_key), raw_mark, attendance_code_key
from (
    select distinct unnest(session_codes) as attendance_code_key, unnest(raw_marks) as raw_mark
    from fact_attendance_week
)
where raw_mark is not null;

alter table fact_attendance_week add column first_sessions ubigint;

alter table fact_attendance_week add column last_sessions ubigint;

update fact_attendance_week as w
set first_sessions = p.first_sessions, last_sessions = p.last_sessions
from (
    select
        f.school_key,
        f.pupil_key,
        f.week_start,
        f.academic_year,
        coalesce(sum(m.attendance_mark_key::ubigint << (8 * (s.session % 7))::ubigint) filter (where s.session < 7), 0) as first_sessions,
        coalesce(sum(m.attendance_mark_key::ubigint << (8 * (s.session % 7))::ubigint) filter (where s.session >= 7), 0) as last_sessions
    from fact_attendance_week as f
    cross join range(14) as s(session)
    inner join dim_attendance_mark as m
        on m.raw_mark = f.raw_marks[s.session + 1] and m.attendance_code_key = f.session_codes[s.session + 1]
    group by all
) as p
where p.school_key = w.school_key
    and p.pupil_key = w.pupil_key
    and p.week_start = w.week_start
    and p.academic_year = w.academic_year;

comment on column fact_attendance_week.first_sessions is 'Monday AM to Thursday AM: each session''s attendance_mark_key (dim_attendance_mark), eight bits each, Monday AM in the lowest eight; 0 where no mark. fact_attendance_mark reads them one row per mark.';
comment on column fact_attendance_week.last_sessions is 'Thursday PM to Sunday PM: each session''s attendance_mark_key (dim_attendance_mark), eight bits each, Thursday PM in the lowest eight; 0 where no mark.';
