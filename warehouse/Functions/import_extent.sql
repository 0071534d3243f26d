-- What each import's rows in the warehouse cover: the schools they are for and the first and last date they are
-- about, read off every fact table by import_id. A census counts by its effective date (not pupils' admission dates),
-- DfE statistics by their academic years, a 360 audit by its schools only (a round has no date).
create or replace macro import_extent() as table
with covered as (
    select import_id, school_key, period_start as first_date, period_end as last_date from fact_attendance
    union all select import_id, school_key, period_start, period_end from fact_attendance_week
    union all select import_id, school_key, incident_date, incident_date from fact_behaviour_incident
    union all select import_id, school_key, start_date, start_date from fact_exclusion
    union all select import_id, school_key, answered_on, answered_on from fact_survey_answer
    union all select import_id, school_key, null, null from fact_audit_rating
    union all select import_id, school_key, valid_from, valid_from from dim_pupil_characteristics
    union all select import_id, school_key, null, null from fact_roll_change
    union all
    select import_id, null, make_date(academic_year, 9, 1), make_date(academic_year + 1, 8, 31)
    from fact_benchmark
)

select
    c.import_id,
    list(distinct s.urn order by s.urn) filter (where s.urn is not null) as urns,
    min(c.first_date) as first_date,
    max(c.last_date) as last_date
from covered as c
left join dim_school as s on s.school_key = c.school_key
group by c.import_id;
