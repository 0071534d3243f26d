-- A survey import stages each respondent once (stg_survey_response) and each answer narrowly: its respondent's line,
-- the item and the values. Each staged answer used to repeat its respondent's hash, school, wave and self-description,
-- and a national survey stages 5.4 million answers.
drop table stg_survey_answer;

create table stg_survey_response (
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

create table stg_survey_answer (
    import_id uuid not null,
    line integer not null,
    item_code varchar not null,
    raw_value integer,
    scored_value integer,
    is_positive boolean
);

comment on table stg_survey_answer is 'Answers of a survey import in flight, by the line of their respondent in stg_survey_response; emptied when the import commits.';
