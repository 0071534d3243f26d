insert into dim_instrument
select distinct instrument, instrument_name, respondent, answer_scale
from stg_survey_question as q
where import_id = $import_id
    and not exists (select 1 from dim_instrument as i where i.instrument = q.instrument);

update dim_question as d
set item_text = q.item_text, construct = q.construct, reverse_coded = q.reverse_coded, item_order = q.item_order, theme = q.theme
from stg_survey_question as q
where q.import_id = $import_id and d.instrument = q.instrument and d.item_code = q.item_code;

insert into dim_question (question_key, instrument, item_code, item_text, construct, reverse_coded, item_order, theme)
select nextval('seq_question_key'), instrument, item_code, item_text, construct, reverse_coded, item_order, theme
from stg_survey_question as q
where import_id = $import_id
    and not exists (select 1 from dim_question as d where d.instrument = q.instrument and d.item_code = q.item_code);

insert into dim_wave
select new_waves.wave, 100 + row_number() over (order by new_waves.wave)
from (select distinct wave from stg_survey_response where import_id = $import_id) as new_waves
where not exists (select 1 from dim_wave as w where w.wave = new_waves.wave);

insert into dim_school (school_key, urn, name)
select nextval('seq_school_key'), new_schools.school_urn, 'School ' || new_schools.school_urn
from (select distinct school_urn from stg_survey_response where import_id = $import_id) as new_schools
where not exists (select 1 from dim_school as s where s.urn = new_schools.school_urn);

insert into dim_pupil (pupil_key, pupil_hash)
select nextval('seq_pupil_key'), new_pupils.pupil_hash
from (select distinct pupil_hash from stg_survey_response where import_id = $import_id and pupil_hash is not null) as new_pupils
where not exists (select 1 from dim_pupil as p where p.pupil_hash = new_pupils.pupil_hash);

-- A corrected export for the same school, instrument and wave replaces the earlier one.
delete from fact_survey_answer as f
where exists (
    select 1
    from (select distinct school_urn, instrument, wave from stg_survey_response where import_id = $import_id) as stg
    inner join dim_school as s on s.urn = stg.school_urn
    inner join stg_survey_question as sq on sq.import_id = $import_id and sq.instrument = stg.instrument
    inner join dim_question as q on q.instrument = sq.instrument and q.item_code = sq.item_code
    where s.school_key = f.school_key
        and q.question_key = f.question_key
        and stg.wave = f.wave
);

-- Each respondent's keys are found once, before its answers join them by line, so the load holds one of the two
-- joins' tables at a time.
create or replace temp table load_survey_respondent as
select
    r.line,
    r.instrument,
    s.school_key,
    coalesce('pupil:' || p.pupil_key, r.import_id || ':' || r.line) as respondent,
    p.pupil_key,
    r.wave,
    r.answered_on,
    r.self_gender,
    r.self_send,
    r.self_year_group
from stg_survey_response as r
inner join dim_school as s on s.urn = r.school_urn
left join dim_pupil as p on p.pupil_hash = r.pupil_hash
where r.import_id = $import_id;

insert into fact_survey_answer
select
    r.school_key,
    r.respondent,
    r.pupil_key,
    q.question_key,
    r.wave,
    r.answered_on,
    r.self_gender,
    r.self_send,
    r.self_year_group,
    a.raw_value,
    a.scored_value,
    coalesce(a.is_positive, false),
    coalesce(not a.is_positive, false),
    a.raw_value is null,
    a.import_id
from stg_survey_answer as a
inner join load_survey_respondent as r on r.line = a.line
inner join dim_question as q on q.instrument = r.instrument and q.item_code = a.item_code
where a.import_id = $import_id;

drop table load_survey_respondent;

delete from stg_survey_answer where import_id = $import_id;
delete from stg_survey_response where import_id = $import_id;
delete from stg_survey_question where import_id = $import_id;
