create sequence seq_attendance_code_key start 1;

-- Grain: one row per DfE attendance code per code set. The same letter can count differently in each set
-- (J was approved educational activity before 19/08/2024; J1 is authorised absence after).
create table dim_attendance_code (
    attendance_code_key integer not null,
    code varchar not null,
    code_set varchar not null,
    category varchar not null,
    counted boolean not null,
    description varchar not null
);

comment on table dim_attendance_code is 'The DfE attendance register codes with their statistical category, by code set (pre-2024, and 2024 from 19/08/2024).';
comment on column dim_attendance_code.code_set is '2024 for sessions from 19/08/2024 (the 2024 regulations), pre-2024 before.';
comment on column dim_attendance_code.category is 'present, aea (approved educational activity), authorised, unauthorised or not_counted.';
comment on column dim_attendance_code.counted is 'Whether the session is part of possible sessions (every category but not_counted).';

insert into dim_attendance_code
with codes (code, code_set, category, description) as (
    values
        ('/', '2024', 'present', 'Present at morning registration'),
        ('\', '2024', 'present', 'Present at afternoon registration'),
        ('L', '2024', 'present', 'Late, arrived before the register closed'),
        ('K', '2024', 'aea', 'Attending education provision arranged by the local authority'),
        ('V', '2024', 'aea', 'Educational visit or trip'),
        ('P', '2024', 'aea', 'Approved sporting activity'),
        ('W', '2024', 'aea', 'Work experience'),
        ('B', '2024', 'aea', 'Other approved off-site educational activity'),
        ('C1', '2024', 'authorised', 'Leave for a regulated performance or regulated employment abroad'),
        ('C2', '2024', 'authorised', 'Leave for a temporary part-time timetable'),
        ('C', '2024', 'authorised', 'Leave for other exceptional circumstances'),
        ('M', '2024', 'authorised', 'Medical or dental appointment'),
        ('J1', '2024', 'authorised', 'Leave to attend an interview'),
        ('S', '2024', 'authorised', 'Study leave'),
        ('R', '2024', 'authorised', 'Religious observance'),
        ('T', '2024', 'authorised', 'Mobile child, parent travelling for work'),
        ('I', '2024', 'authorised', 'Illness'),
        ('E', '2024', 'authorised', 'Suspended or excluded, no alternative provision'),
        ('G', '2024', 'unauthorised', 'Holiday not granted by the school'),
        ('N', '2024', 'unauthorised', 'Reason not yet provided'),
        ('O', '2024', 'unauthorised', 'Absent in other or unknown circumstances'),
        ('U', '2024', 'unauthorised', 'Arrived after the register closed'),
        ('Q', '2024', 'not_counted', 'Local authority has not made access arrangements'),
        ('Y1', '2024', 'not_counted', 'Transport normally provided not available'),
        ('Y2', '2024', 'not_counted', 'Widespread travel disruption'),
        ('Y3', '2024', 'not_counted', 'Part of the premises out of use'),
        ('Y4', '2024', 'not_counted', 'Whole school closed unexpectedly'),
        ('Y5', '2024', 'not_counted', 'Held under a sentence of detention'),
        ('Y6', '2024', 'not_counted', 'Public-health guidance or law prevents attendance'),
        ('Y7', '2024', 'not_counted', 'Any other unavoidable cause'),
        ('X', '2024', 'not_counted', 'Non-compulsory-school-age pupil not required to attend'),
        ('D', '2024', 'not_counted', 'Dual registered, attending the other school'),
        ('Z', '2024', 'not_counted', 'Prospective pupil not yet on the admission register'),
        ('#', '2024', 'not_counted', 'Planned whole or partial school closure'),
        ('/', 'pre-2024', 'present', 'Present at morning registration'),
        ('\', 'pre-2024', 'present', 'Present at afternoon registration'),
        ('L', 'pre-2024', 'present', 'Late, arrived before the register closed'),
        ('B', 'pre-2024', 'aea', 'Educated off site'),
        ('J', 'pre-2024', 'aea', 'Interview'),
        ('P', 'pre-2024', 'aea', 'Approved sporting activity'),
        ('V', 'pre-2024', 'aea', 'Educational visit or trip'),
        ('W', 'pre-2024', 'aea', 'Work experience'),
        ('C', 'pre-2024', 'authorised', 'Other authorised circumstances'),
        ('E', 'pre-2024', 'authorised', 'Excluded, no alternative provision'),
        ('H', 'pre-2024', 'authorised', 'Agreed family holiday'),
        ('F', 'pre-2024', 'authorised', 'Agreed extended family holiday'),
        ('I', 'pre-2024', 'authorised', 'Illness'),
        ('M', 'pre-2024', 'authorised', 'Medical or dental appointment'),
        ('R', 'pre-2024', 'authorised', 'Religious observance'),
        ('S', 'pre-2024', 'authorised', 'Study leave'),
        ('T', 'pre-2024', 'authorised', 'Gypsy, Roma and Traveller absence'),
        ('G', 'pre-2024', 'unauthorised', 'Holiday not agreed'),
        ('N', 'pre-2024', 'unauthorised', 'Reason not yet provided'),
        ('O', 'pre-2024', 'unauthorised', 'Other unauthorised absence'),
        ('U', 'pre-2024', 'unauthorised', 'Arrived after the register closed'),
        ('D', 'pre-2024', 'not_counted', 'Dual registered at another establishment'),
        ('X', 'pre-2024', 'not_counted', 'Non-compulsory school age, not required to attend'),
        ('Y', 'pre-2024', 'not_counted', 'Unable to attend due to exceptional circumstances'),
        ('Z', 'pre-2024', 'not_counted', 'Pupil not yet on roll'),
        ('#', 'pre-2024', 'not_counted', 'Planned school closure')
)

select
    nextval('seq_attendance_code_key'),
    code,
    code_set,
    category,
    category <> 'not_counted',
    description
from codes;

create table stg_attendance_mark (
    import_id uuid not null,
    line integer not null,
    pupil_no integer not null,
    school_urn integer not null,
    school_name varchar,
    session_date date not null,
    session varchar not null,
    raw_mark varchar not null,
    attendance_code_key integer not null
);

comment on table stg_attendance_mark is 'Session marks of an attendance-marks export while its import is in flight; emptied when the import commits.';

create table stg_attendance_mark_pupil (
    import_id uuid not null,
    pupil_no integer not null,
    pupil_hash varchar not null
);

comment on table stg_attendance_mark_pupil is 'The distinct pupils of an attendance-marks import in flight, numbered within the file so each mark stages a small integer.';

-- Grain: one row per pupil per school per session (date and AM or PM).
create table fact_attendance_mark (
    school_key integer not null,
    pupil_key integer not null,
    session_date date not null,
    session varchar not null,
    attendance_code_key integer not null,
    raw_mark varchar not null,
    import_id uuid not null
);

comment on table fact_attendance_mark is 'Each register mark: the raw mark as the MIS exported it and its DfE code for the date.';
comment on column fact_attendance_mark.raw_mark is 'The mark as exported (a sub-code such as X01 or a Capita ONE stand-in such as <), before normalising.';
comment on column fact_attendance_mark.attendance_code_key is 'The DfE code the raw mark stands for, in the code set in force on session_date.';
comment on column fact_attendance_mark.import_id is 'The import this mark came from; a corrected export for the same school and dates replaces it.';

-- Grain: one row per pupil per school per week (Monday start) per academic year, rolled up from fact_attendance_mark.
create table fact_attendance_week (
    school_key integer not null,
    pupil_key integer not null,
    week_start date not null,
    academic_year integer not null,
    period_start date not null,
    period_end date not null,
    possible_sessions integer not null,
    present_sessions integer not null,
    aea_sessions integer not null,
    authorised_absence integer not null,
    unauthorised_absence integer not null,
    not_counted_sessions integer not null
);

comment on table fact_attendance_week is 'Sessions per pupil per school per week from session marks, with the measures of fact_attendance (summaries). Marts prefer these rows over summaries for the same pupil, school and term.';
comment on column fact_attendance_week.period_start is 'The first session date with a mark in the week.';
comment on column fact_attendance_week.possible_sessions is 'Sessions the pupil could attend: present + AEA + authorised + unauthorised (DfE).';
comment on column fact_attendance_week.not_counted_sessions is 'Sessions with a not-counted code (X, Y, Z, D, #, Q, Y1-Y7): outside possible sessions.';
