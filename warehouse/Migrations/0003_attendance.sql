create table stg_attendance_summary (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    school_name varchar,
    period_start date not null,
    period_end date not null,
    possible_sessions integer not null,
    present_sessions integer not null,
    aea_sessions integer not null,
    authorised_absence integer not null,
    unauthorised_absence integer not null
);

comment on table stg_attendance_summary is 'Rows of an attendance summary export while its import is in flight; emptied when the import commits.';

-- Grain: one row per pupil per school per reported period.
create table fact_attendance (
    school_key integer not null,
    pupil_key integer not null,
    period_start date not null,
    period_end date not null,
    possible_sessions integer not null,
    present_sessions integer not null,
    aea_sessions integer not null,
    authorised_absence integer not null,
    unauthorised_absence integer not null,
    import_id uuid not null
);

comment on table fact_attendance is 'Sessions possible, present, at approved educational activity (AEA) and absent, per pupil per school per period.';
comment on column fact_attendance.possible_sessions is 'Sessions the pupil could attend: present + AEA + authorised + unauthorised (DfE).';
comment on column fact_attendance.import_id is 'The import these rows came from; a corrected export for the same school and period replaces them.';
