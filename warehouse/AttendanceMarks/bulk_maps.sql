-- What each distinct cell of a clean long marks export stands for, filled from the checks of CleanMarkValues.
create or replace temp table bulk_mark_pupil (upn varchar not null, pupil_no integer not null);

create or replace temp table bulk_mark_school (urn varchar not null, school_urn integer not null, school_name varchar);

create or replace temp table bulk_mark_school_date (urn varchar not null, session_date varchar not null);

create or replace temp table bulk_mark_session (session varchar not null, session_name varchar not null);

create or replace temp table bulk_mark_code (
    session_date varchar not null,
    mark varchar not null,
    date_value date not null,
    attendance_code_key integer not null
);
