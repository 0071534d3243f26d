create table stg_behaviour_incident (
    import_id uuid not null,
    line integer not null,
    pupil_hash varchar not null,
    school_urn integer not null,
    incident_date date not null,
    incident_time time,
    incident_type varchar not null,
    points integer,
    location varchar,
    action_taken varchar
);

comment on table stg_behaviour_incident is 'Rows of a behaviour incident export while its import is in flight; emptied when the import commits.';

-- Grain: one row per behaviour incident (a pupil, a school, a date and time, an incident type, a location and an action).
create table fact_behaviour_incident (
    school_key integer not null,
    pupil_key integer not null,
    incident_date date not null,
    incident_time time,
    incident_type varchar not null,
    points integer,
    location varchar,
    action_taken varchar,
    import_id uuid not null
);

comment on table fact_behaviour_incident is 'Behaviour incidents from MIS exports (SIMS, Arbor, Bromcom); comments and staff names are never read.';
comment on column fact_behaviour_incident.incident_time is 'The time of day, when the export gives one.';
comment on column fact_behaviour_incident.incident_type is 'The behaviour type as the school''s MIS names it (no national list exists).';
comment on column fact_behaviour_incident.points is 'Behaviour points as exported, sign included: SIMS scores negative behaviour with positive points; other systems may use negative points.';
comment on column fact_behaviour_incident.action_taken is 'The action or sanction recorded, as exported.';
comment on column fact_behaviour_incident.import_id is 'The import these rows came from; a corrected export replaces a school''s incidents dated within its first to last incident date.';
