-- What a clean long marks export read in bulk (LongMarksScan) holds, once its distinct values are checked: its
-- schools with the dates each covers, its distinct raw marks numbered from 1 with the DfE code each stands for, and
-- each pupil's week at a school, its fourteen sessions (Monday AM to Sunday PM) holding their marks' keys as
-- fact_attendance_week keeps them (dim_attendance_mark, eight bits each, seven to a number). `marked` has one bit per
-- session holding a mark; `session_counts` counts the week's sessions by category, four bits each: possible,
-- present, AEA, authorised, unauthorised and not counted.
create or replace temp table bulk_mark_school (
    school_urn integer not null,
    school_name varchar,
    first_date date not null,
    last_date date not null
);

create or replace temp table load_mark (
    raw_mark varchar not null,
    attendance_code_key integer not null,
    mark_no integer not null
);

create or replace temp table bulk_mark_week (
    pupil_no integer not null,
    school_urn integer not null,
    week_start date not null,
    academic_year integer not null,
    first_sessions ubigint not null,
    last_sessions ubigint not null,
    marked usmallint not null,
    session_counts integer not null
);
