-- The staging tables of this kind's imports: the reader's accepted rows, appended by the loader, read by its load scripts.
-- Staging holds rows only inside an import's transaction (the load deletes them, a rejection rolls them back), so
-- WarehouseMigrator re-creates these tables at every start, as it does Functions/*.sql: an edit here reaches every
-- warehouse, and the migrations that first created them stay as they were applied.

create or replace table stg_survey_question (
    import_id uuid not null,
    instrument varchar not null,
    instrument_name varchar not null,
    respondent varchar not null,
    answer_scale varchar not null,
    item_code varchar not null,
    item_text varchar not null,
    construct varchar not null,
    reverse_coded boolean not null,
    item_order integer not null,
    theme varchar
);

comment on table stg_survey_question is 'The instrument definition of a survey import in flight; emptied when the import commits.';

create or replace table stg_survey_response (
    import_id uuid not null,
    line integer not null,
    instrument varchar not null,
    pupil_hash varchar,
    school_urn integer not null,
    wave varchar not null,
    answered_on date,
    self_gender varchar,
    self_send varchar,
    self_year_group varchar
);

comment on table stg_survey_response is 'Respondents of a survey import in flight, one per row of the file; emptied when the import commits.';

create or replace table stg_survey_answer (
    import_id uuid not null,
    line integer not null,
    item_code varchar not null,
    raw_value integer,
    scored_value integer,
    is_positive boolean
);

comment on table stg_survey_answer is 'Answers of a survey import in flight, by the line of their respondent in stg_survey_response; emptied when the import commits.';
