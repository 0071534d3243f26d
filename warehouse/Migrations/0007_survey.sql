create sequence seq_question_key start 1;

create table dim_instrument (
    instrument varchar not null,
    name varchar not null,
    respondent varchar not null,
    answer_scale varchar not null
);

comment on table dim_instrument is 'Questionnaires: the Belonging Matters pupil, parent and staff questionnaires, PISA''s sense of belonging scale, and any added as data.';
comment on column dim_instrument.respondent is 'pupil, parent or staff.';

create table dim_question (
    question_key integer not null,
    instrument varchar not null,
    item_code varchar not null,
    item_text varchar not null,
    construct varchar not null,
    reverse_coded boolean not null,
    item_order integer not null
);

comment on table dim_question is 'Survey items: wording, construct, and reverse coding (for a reverse-coded item such as "I feel lonely at my school" the positive and negative answers swap).';

create table dim_wave (
    wave varchar not null,
    wave_order integer not null
);

insert into dim_wave values ('baseline', 1), ('midpoint', 2), ('endline', 3);

comment on table dim_wave is 'Survey waves: baseline, midpoint and endline; dated rounds (round yyyy-mm-dd) are added as they arrive, ordered by date.';

create table stg_survey_question (
    import_id uuid not null,
    instrument varchar not null,
    instrument_name varchar not null,
    respondent varchar not null,
    answer_scale varchar not null,
    item_code varchar not null,
    item_text varchar not null,
    construct varchar not null,
    reverse_coded boolean not null,
    item_order integer not null
);

comment on table stg_survey_question is 'The instrument definition of a survey import in flight; emptied when the import commits.';

create table stg_survey_answer (
    import_id uuid not null,
    line integer not null,
    instrument varchar not null,
    pupil_hash varchar,
    school_urn integer not null,
    wave varchar not null,
    answered_on date,
    self_gender varchar,
    self_send varchar,
    self_year_group varchar,
    item_code varchar not null,
    raw_value integer,
    scored_value integer,
    is_positive boolean
);

comment on table stg_survey_answer is 'Answers of a survey import in flight; emptied when the import commits.';

-- Grain: one row per respondent per item per wave.
create table fact_survey_answer (
    school_key integer not null,
    respondent_id varchar not null,
    pupil_key integer,
    question_key integer not null,
    wave varchar not null,
    answered_on date,
    self_gender varchar,
    self_send varchar,
    self_year_group varchar,
    raw_value integer,
    scored_value integer,
    is_positive boolean not null,
    is_negative boolean not null,
    is_unanswered boolean not null,
    import_id uuid not null
);

comment on table fact_survey_answer is 'Survey answers, one per respondent per item per wave; a respondent is linked to a pupil (pupil_key) when the export had a UPN, otherwise anonymous.';
comment on column fact_survey_answer.respondent_id is 'The pupil''s key for linked respondents (so waves pair up); otherwise the import and row, unique to that response.';
comment on column fact_survey_answer.self_gender is 'Gender as the respondent reported it (M, F, U), used when there is no census for them.';
comment on column fact_survey_answer.raw_value is 'The answer''s position on the scale, 1 = lowest (never, strongly disagree); null when unanswered.';
comment on column fact_survey_answer.scored_value is 'raw_value with reverse coding applied, so a higher score is always more belonging.';
comment on column fact_survey_answer.is_positive is 'A positive answer (most or all of the time, agree), reverse coding respected.';
